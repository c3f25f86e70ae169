package io.tickflow.producers.readers.polygon;

import com.fasterxml.jackson.databind.JsonNode;

/** Which endpoint a page of results came from, told by the fields of its first result. */
enum PolygonResultShape {
    /** {@code /v3/trades}: long field names, {@code sip_timestamp}. */
    TRADES,
    /** {@code /v2/last/trade}: one result object with single-letter keys {@code T, t, p, s}. */
    LAST_TRADE,
    /** {@code /v2/aggs}: {@code o, h, l, c, v, t} (ms), ticker on the page or as {@code T}. */
    AGGS,
    /** {@code /v3/reference/splits}: {@code ticker, execution_date, split_from, split_to}. */
    SPLITS,
    /** {@code /v3/reference/dividends}: {@code ticker, ex_dividend_date, cash_amount, ...}. */
    DIVIDENDS,
    /** Anything else. */
    UNKNOWN;

    static PolygonResultShape of(JsonNode results) {
        if (results == null || results.isNull()) {
            return UNKNOWN;
        }
        JsonNode first = results.isArray() ? (results.isEmpty() ? null : results.get(0)) : results;
        if (first == null) {
            return UNKNOWN;
        }
        if (first.has("split_from") || first.has("split_to")) {
            return SPLITS;
        }
        if (first.has("cash_amount") || first.has("ex_dividend_date")) {
            return DIVIDENDS;
        }
        if (first.has("sip_timestamp")) {
            return TRADES;
        }
        if (first.has("o") && first.has("c") && first.has("t")) {
            return AGGS;
        }
        return first.has("p") && first.has("t") && !results.isArray() ? LAST_TRADE : UNKNOWN;
    }
}
