package io.tickflow.producers.readers.polygon;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.BodyKind;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.ReadTally;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.reference.Dividend;
import io.tickflow.schemas.reference.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one saved Polygon REST response page: {@code /v3/trades/{ticker}} and {@code /v2/last/trade/{ticker}}
 * into {@link Trade}, {@code /v2/aggs/ticker/...} and {@code /v2/aggs/grouped/...} into {@link Bar},
 * {@code /v3/reference/splits} into {@link Split} and {@code /v3/reference/dividends} into {@link Dividend}. The
 * shape is recognised from the fields of the results. Each result is one record; a bad result is rejected
 * with its 1-based index as the line number. A page whose {@code status} is not {@code OK} or
 * {@code DELAYED}, or a body that is not JSON (an HTML error page), is rejected whole.
 *
 * <p>v3 trade results carry no ticker: it is given, or taken from a file name {@code trades_<TICKER>_...json}.
 */
public final class PolygonRestJsonReader {

    /** Format name written into rejections. */
    public static final String FORMAT = "polygon-rest-json";
    private static final Set<String> GOOD_STATUS = Set.of("OK", "DELAYED");
    private static final Pattern TRADES_NAME = Pattern.compile("trades_([A-Za-z0-9.]+)(_.*)?\\.json");
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final SymbolMapper symbols = new SymbolMapper();

    /**
     * @param ticker   Polygon ticker of a v3 trades page; null to take it from the file name
     * @param onRecord receives each accepted {@link Trade}, {@link Bar}, {@link Split} or {@link Dividend}
     */
    public ReadStats read(Path file, String ticker, Consumer<Object> onRecord, DeadLetterSink rejects) {
        ReadTally tally = new ReadTally(file.toString(), FORMAT, rejects);
        JsonNode page = parsePage(file, tally);
        if (page == null) {
            return tally.stats();
        }
        String status = ExactJson.optionalText(page, "status");
        if (status != null && !GOOD_STATUS.contains(status)) {
            tally.reject(Rejection.WHOLE_SOURCE, page.toString(), "API answered status " + status + ": "
                    + ExactJson.optionalText(page, "error") + " " + ExactJson.optionalText(page, "message"), null);
            return tally.stats();
        }
        String pageTicker = ticker != null ? ticker : tickerOf(page, file);
        readResults(page.get("results"), pageTicker, file.toString(), tally, onRecord);
        return tally.stats();
    }

    private void readResults(JsonNode results, String pageTicker, String source, ReadTally tally,
                             Consumer<Object> onRecord) {
        PolygonResultShape shape = PolygonResultShape.of(results);
        List<JsonNode> items = results == null || results.isNull() ? List.of()
                : results.isArray() ? toList(results) : List.of(results);
        int index = 0;
        for (JsonNode result : items) {
            index++;
            try {
                Object record = switch (shape) {
                    case TRADES -> PolygonRestRecords.v3Trade(result, canonical(pageTicker), source);
                    case LAST_TRADE -> PolygonRestRecords.lastTrade(result, canonical(ExactJson.optionalText(result, "T")), source);
                    case AGGS -> PolygonRestRecords.agg(result, canonical(aggTicker(result, pageTicker)), source);
                    case SPLITS -> PolygonReferenceRecords.split(result, canonical(ExactJson.optionalText(result, "ticker")));
                    case DIVIDENDS -> PolygonReferenceRecords.dividend(result,
                            canonical(ExactJson.optionalText(result, "ticker")));
                    case UNKNOWN -> throw new InvalidRowException(
                            "result has neither trade, aggregate, split nor dividend fields");
                };
                tally.accept();
                onRecord.accept(record);
            } catch (InvalidRowException e) {
                tally.reject(index, result.toString(), e.getMessage(), e.inputTsNanos());
            }
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode parsePage(Path file, ReadTally tally) {
        String body;
        try {
            body = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            tally.reject(Rejection.WHOLE_SOURCE, "", "cannot read file: " + e.getMessage(), null);
            return null;
        }
        BodyKind kind = BodyKind.ofFirstLine(body.isEmpty() ? "" : body.lines().findFirst().orElse(""));
        if (body.isBlank() || kind != BodyKind.JSON) {
            tally.reject(Rejection.WHOLE_SOURCE, body, body.isBlank() ? "file is empty"
                    : "file body is " + kind + ", not a Polygon JSON page: probably an error page saved under a data name", null);
            return null;
        }
        try {
            return ExactJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            tally.reject(Rejection.WHOLE_SOURCE, body, "not valid JSON: " + e.getOriginalMessage(), null);
            return null;
        }
    }

    private static String tickerOf(JsonNode page, Path file) {
        String ticker = ExactJson.optionalText(page, "ticker");
        if (ticker != null) {
            return ticker;
        }
        Matcher m = TRADES_NAME.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : null;
    }

    private static String aggTicker(JsonNode result, String pageTicker) {
        String own = ExactJson.optionalText(result, "T");
        return own != null ? own : pageTicker;
    }

    private String canonical(String ticker) throws InvalidRowException {
        if (ticker == null) {
            throw new InvalidRowException("no ticker: the page has none and none was given (--ticker)");
        }
        try {
            return symbols.toCanonical(SymbolSource.POLYGON, ticker);
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException("ticker is not in Polygon's notation: " + e.getMessage());
        }
    }

    static long millisToNanos(long millis) {
        return Math.multiplyExact(millis, NANOS_PER_MILLI);
    }
}
