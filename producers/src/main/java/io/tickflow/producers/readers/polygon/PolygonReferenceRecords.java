package io.tickflow.producers.readers.polygon;

import com.fasterxml.jackson.databind.JsonNode;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.schemas.reference.Dividend;
import io.tickflow.schemas.reference.Split;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Builds reference records from Polygon's {@code /v3/reference/splits} and {@code /v3/reference/dividends} results,
 * field names as in Polygon's API reference and its Python client's fixtures: a split has {@code execution_date}
 * (YYYY-MM-DD), {@code split_from}, {@code split_to}; a dividend {@code ex_dividend_date}, {@code cash_amount},
 * {@code currency}, {@code pay_date} (plus declaration and record dates, frequency and type, not kept).
 */
final class PolygonReferenceRecords {

    private PolygonReferenceRecords() {
    }

    /** A split; both factors must be &gt; 0 (a 1-for-10 reverse split is {@code split_from=10, split_to=1}). */
    static Split split(JsonNode r, String ticker) throws InvalidRowException {
        return Split.newBuilder()
                .setTicker(ticker)
                .setExecutionDate(requiredDate(r, "execution_date"))
                .setSplitFrom(ExactJson.decimal(r, "split_from", true))
                .setSplitTo(ExactJson.decimal(r, "split_to", true))
                .build();
    }

    /** A cash dividend; {@code cash_amount} must be &gt;= 0 (Polygon lists some 0-amount declarations). */
    static Dividend dividend(JsonNode r, String ticker) throws InvalidRowException {
        String payDate = ExactJson.optionalText(r, "pay_date");
        return Dividend.newBuilder()
                .setTicker(ticker)
                .setExDividendDate(requiredDate(r, "ex_dividend_date"))
                .setCashAmount(ExactJson.decimal(r, "cash_amount", false))
                .setCurrency(ExactJson.optionalText(r, "currency"))
                .setPayDate(payDate == null || payDate.isBlank() ? null : date("pay_date", payDate))
                .build();
    }

    private static LocalDate requiredDate(JsonNode r, String field) throws InvalidRowException {
        String text = ExactJson.optionalText(r, field);
        if (text == null || text.isBlank()) {
            throw new InvalidRowException("missing required field " + field);
        }
        return date(field, text);
    }

    private static LocalDate date(String field, String text) throws InvalidRowException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException(field + " is not a YYYY-MM-DD date: " + text);
        }
    }
}
