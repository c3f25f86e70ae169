package io.tickflow.producers.readers.polygon;

import com.fasterxml.jackson.databind.JsonNode;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;

/** Builds records from single Polygon REST results; field names as Polygon's API reference gives them. */
final class PolygonRestRecords {

    private PolygonRestRecords() {
    }

    /** A {@code /v3/trades} result; timestamps in ns. */
    static Trade v3Trade(JsonNode r, String ticker, String source) throws InvalidRowException {
        long sipTs = ExactJson.epochNanos(r, "sip_timestamp", 1);
        try {
            return Trade.newBuilder()
                    .setTicker(ticker)
                    .setSipTs(sipTs)
                    .setParticipantTs(ExactJson.optionalEpochNanos(r, "participant_timestamp"))
                    .setTrfTs(ExactJson.optionalEpochNanos(r, "trf_timestamp"))
                    .setPrice(ExactJson.decimal(r, "price", true))
                    .setSize(ExactJson.decimal(r, "size", true))
                    .setExchange(ExactJson.optionalInt(r, "exchange"))
                    .setConditions(ExactJson.intList(r, "conditions"))
                    .setCorrection(ExactJson.optionalInt(r, "correction"))
                    .setSequence(ExactJson.optionalLong(r, "sequence_number"))
                    .setTape(ExactJson.optionalInt(r, "tape"))
                    .setId(ExactJson.optionalText(r, "id"))
                    .setTrfId(ExactJson.optionalInt(r, "trf_id"))
                    .setSource(source)
                    .build();
        } catch (InvalidRowException e) {
            throw e.withInputTs(sipTs);
        }
    }

    /** A {@code /v2/last/trade} result: t sip, y participant, f TRF (ns); p, s, x, c, e, q, z, i, r. */
    static Trade lastTrade(JsonNode r, String ticker, String source) throws InvalidRowException {
        long sipTs = ExactJson.epochNanos(r, "t", 1);
        try {
            return Trade.newBuilder()
                    .setTicker(ticker)
                    .setSipTs(sipTs)
                    .setParticipantTs(ExactJson.optionalEpochNanos(r, "y"))
                    .setTrfTs(ExactJson.optionalEpochNanos(r, "f"))
                    .setPrice(ExactJson.decimal(r, "p", true))
                    .setSize(ExactJson.decimal(r, "s", true))
                    .setExchange(ExactJson.optionalInt(r, "x"))
                    .setConditions(ExactJson.intList(r, "c"))
                    .setCorrection(ExactJson.optionalInt(r, "e"))
                    .setSequence(ExactJson.optionalLong(r, "q"))
                    .setTape(ExactJson.optionalInt(r, "z"))
                    .setId(ExactJson.optionalText(r, "i"))
                    .setTrfId(ExactJson.optionalInt(r, "r"))
                    .setSource(source)
                    .build();
        } catch (InvalidRowException e) {
            throw e.withInputTs(sipTs);
        }
    }

    /** A {@code /v2/aggs} result: t window start (ms), o h l c, v volume (may be a float), vw, n. */
    static Bar agg(JsonNode r, String ticker, String source) throws InvalidRowException {
        long start = ExactJson.epochNanos(r, "t", 1_000_000L);
        try {
            Bar bar = Bar.newBuilder()
                    .setTicker(ticker)
                    .setWindowStart(start)
                    .setOpen(ExactJson.decimal(r, "o", true))
                    .setHigh(ExactJson.decimal(r, "h", true))
                    .setLow(ExactJson.decimal(r, "l", true))
                    .setClose(ExactJson.decimal(r, "c", true))
                    .setVolume(ExactJson.decimal(r, "v", false))
                    .setVwap(r.has("vw") ? ExactJson.decimal(r, "vw", true) : null)
                    .setTransactions(ExactJson.optionalLong(r, "n"))
                    .setSource(source)
                    .build();
            if (bar.getLow() > bar.getHigh() || bar.getOpen() > bar.getHigh() || bar.getOpen() < bar.getLow()
                    || bar.getClose() > bar.getHigh() || bar.getClose() < bar.getLow()) {
                throw new InvalidRowException("OHLC is inconsistent: " + r);
            }
            return bar;
        } catch (InvalidRowException e) {
            throw e.withInputTs(start);
        }
    }
}
