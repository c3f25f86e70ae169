package io.tickflow.producers.readers.polygon;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.math.BigDecimal;

/**
 * Builds records from the events of Polygon's (Massive's) stocks WebSocket feed, with the exact-number rules of
 * the REST reader ({@link ExactJson}): the same {@link Trade} and {@link Bar} a flat file or a REST page gives.
 *
 * <p>Field names as the WebSocket reference gives them. A trade ({@code "ev":"T"}): {@code sym}, {@code x} exchange,
 * {@code i} id, {@code z} tape, {@code p} price, {@code s} size, {@code ds} size with fractional shares as a string,
 * {@code c} conditions, {@code t} SIP time, {@code q} sequence, {@code trfi} TRF id, {@code trft} TRF time. A minute
 * aggregate ({@code "ev":"AM"}): {@code sym}, {@code o h l c}, {@code v} volume, {@code vw} VWAP of the window,
 * {@code s} window start, {@code e} window end. Unlike flat files and {@code /v3/trades}, every WebSocket time is in
 * milliseconds; it is multiplied exactly by 10^6 into ns. The feed carries no participant time: it stays null.
 */
public final class PolygonStreamRecords {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long MILLIS_PER_MINUTE = 60_000L;

    private final SymbolMapper symbols = new SymbolMapper();

    /** A frame's text as an exact JSON tree (numbers kept as their decimal text). */
    public static JsonNode readFrame(String text) throws InvalidRowException {
        try {
            return ExactJson.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidRowException("frame is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** One {@code "ev":"T"} event. */
    public Trade trade(JsonNode event, String source) throws InvalidRowException {
        String ticker = canonical(event);
        long sipTs = ExactJson.epochNanos(event, "t", NANOS_PER_MILLI);
        try {
            return Trade.newBuilder()
                    .setTicker(ticker)
                    .setSipTs(sipTs)
                    .setParticipantTs(null)
                    .setTrfTs(optionalMillisAsNanos(event, "trft"))
                    .setPrice(ExactJson.decimal(event, "p", true))
                    .setSize(size(event))
                    .setExchange(ExactJson.optionalInt(event, "x"))
                    .setConditions(ExactJson.intList(event, "c"))
                    .setCorrection(null)
                    .setSequence(ExactJson.optionalLong(event, "q"))
                    .setTape(ExactJson.optionalInt(event, "z"))
                    .setId(ExactJson.optionalText(event, "i"))
                    .setTrfId(trfId(event))
                    .setSource(source)
                    .build();
        } catch (InvalidRowException e) {
            throw e.withInputTs(sipTs);
        }
    }

    /** One {@code "ev":"AM"} event; its window must be one whole minute. */
    public Bar minuteAggregate(JsonNode event, String source) throws InvalidRowException {
        String ticker = canonical(event);
        long startMs = ExactJson.requiredLong(event, "s");
        long start = ExactJson.epochNanos(event, "s", NANOS_PER_MILLI);
        try {
            Long endMs = ExactJson.optionalLong(event, "e");
            if (startMs % MILLIS_PER_MINUTE != 0 || (endMs != null && endMs - startMs != MILLIS_PER_MINUTE)) {
                throw new InvalidRowException("window " + startMs + ".." + endMs + " ms is not one whole minute");
            }
            Bar bar = Bar.newBuilder()
                    .setTicker(ticker)
                    .setWindowStart(start)
                    .setOpen(ExactJson.decimal(event, "o", true))
                    .setHigh(ExactJson.decimal(event, "h", true))
                    .setLow(ExactJson.decimal(event, "l", true))
                    .setClose(ExactJson.decimal(event, "c", true))
                    .setVolume(ExactJson.decimal(event, "v", false))
                    .setVwap(event.has("vw") ? ExactJson.decimal(event, "vw", true) : null)
                    .setTransactions(null)
                    .setSource(source)
                    .build();
            PolygonMinuteAggsCsvReader.checkRange(bar);
            return bar;
        } catch (InvalidRowException e) {
            throw e.withInputTs(start);
        }
    }

    /** {@code ds} (fractional shares, a string) when present, else the integer {@code s}. */
    private static double size(JsonNode event) throws InvalidRowException {
        JsonNode fractional = event.get("ds");
        if (fractional == null || fractional.isNull()) {
            return ExactJson.decimal(event, "s", true);
        }
        try {
            double size = new BigDecimal(fractional.asText()).doubleValue();
            if (!(size > 0)) {
                throw new InvalidRowException("ds must be > 0, was " + fractional);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new InvalidRowException("ds is not a decimal: " + fractional);
        }
    }

    private static Long optionalMillisAsNanos(JsonNode event, String field) throws InvalidRowException {
        Long millis = ExactJson.optionalLong(event, field);
        return millis == null || millis == 0 ? null : ExactJson.epochNanos(event, field, NANOS_PER_MILLI);
    }

    /** 0 means "not a TRF print", as in the flat files. */
    private static Integer trfId(JsonNode event) throws InvalidRowException {
        Integer id = ExactJson.optionalInt(event, "trfi");
        return id == null || id == 0 ? null : id;
    }

    private String canonical(JsonNode event) throws InvalidRowException {
        String sym = ExactJson.optionalText(event, "sym");
        if (sym == null || sym.isBlank()) {
            throw new InvalidRowException("event has no sym");
        }
        try {
            return symbols.toCanonical(SymbolSource.POLYGON, sym);
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException("ticker is not in Polygon's notation: " + e.getMessage());
        }
    }
}
