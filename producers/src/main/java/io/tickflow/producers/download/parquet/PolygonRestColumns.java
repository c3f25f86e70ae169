package io.tickflow.producers.download.parquet;

import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Columns of the seed's Parquet files written from Polygon REST pages: each column is a field of Polygon's REST
 * results under its REST name, holding the value Polygon sent, so that a script written against the REST JSON reads
 * the Parquet file unchanged.
 *
 * <ul>
 *   <li>{@code trades.parquet} ({@code /v3/trades}): {@code sip_timestamp} (ns), {@code participant_timestamp},
 *       {@code trf_timestamp} (ns, null when absent), {@code price}, {@code size}, {@code exchange},
 *       {@code conditions} (list of int, empty when none), {@code correction}, {@code sequence_number}, {@code tape},
 *       {@code id}, {@code trf_id};</li>
 *   <li>{@code minute.parquet} and {@code ohlcv.parquet} ({@code /v2/aggs}): {@code t} (window start, ms),
 *       {@code o, h, l, c}, {@code v} (a double: Polygon sends fractional volumes), {@code vw}, {@code n}.</li>
 * </ul>
 *
 * <p>Times are plain INT64 in Polygon's units (ns for trades, ms for aggregates), not Parquet TIMESTAMPs: the value is
 * exactly the JSON integer (read from the raw token, never through a double), and engines disagree on annotated ones
 * (DuckDB 1.x has no nanosecond {@code TIMESTAMPTZ} and reads a UTC-adjusted {@code TIMESTAMP(NANOS)} at microsecond
 * precision, as its timestamp documentation warns; Polars makes it a zoned {@code Datetime} that does not compare
 * with naive ones). The ticker and the date are the partition folders' ({@code ticker=T/date=D}), as in the seed.
 */
public final class PolygonRestColumns {

    /** Schema of {@code trades.parquet}. */
    public static final Schema TRADES = SchemaBuilder.record("trades").namespace("io.tickflow.polygon").fields()
            .requiredLong("sip_timestamp")
            .optionalLong("participant_timestamp")
            .optionalLong("trf_timestamp")
            .requiredDouble("price")
            .requiredDouble("size")
            .optionalInt("exchange")
            .name("conditions").type().array().items().intType().noDefault()
            .optionalInt("correction")
            .optionalLong("sequence_number")
            .optionalInt("tape")
            .optionalString("id")
            .optionalInt("trf_id")
            .endRecord();

    /** Schema of {@code minute.parquet} and {@code ohlcv.parquet}. */
    public static final Schema AGGS = SchemaBuilder.record("aggs").namespace("io.tickflow.polygon").fields()
            .requiredLong("t")
            .requiredDouble("o")
            .requiredDouble("h")
            .requiredDouble("l")
            .requiredDouble("c")
            .requiredDouble("v")
            .optionalDouble("vw")
            .optionalLong("n")
            .endRecord();

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private PolygonRestColumns() {
    }

    /** The schema of a kind's file. */
    public static Schema of(Kind kind) {
        return kind == Kind.TRADES ? TRADES : AGGS;
    }

    /** A trade as a row of {@link #TRADES}; times stay in ns. */
    public static GenericRecord row(Trade trade) {
        GenericRecord row = new GenericData.Record(TRADES);
        row.put("sip_timestamp", trade.getSipTs());
        row.put("participant_timestamp", trade.getParticipantTs());
        row.put("trf_timestamp", trade.getTrfTs());
        row.put("price", trade.getPrice());
        row.put("size", trade.getSize());
        row.put("exchange", trade.getExchange());
        row.put("conditions", trade.getConditions());
        row.put("correction", trade.getCorrection());
        row.put("sequence_number", trade.getSequence());
        row.put("tape", trade.getTape());
        row.put("id", trade.getId());
        row.put("trf_id", trade.getTrfId());
        return row;
    }

    /**
     * An aggregate as a row of {@link #AGGS}; the window start goes back to Polygon's ms, exactly, since a REST
     * aggregate's start was ms · 10^6 in the first place.
     */
    public static GenericRecord row(Bar bar) {
        GenericRecord row = new GenericData.Record(AGGS);
        row.put("t", Math.floorDiv(bar.getWindowStart(), NANOS_PER_MILLI));
        row.put("o", bar.getOpen());
        row.put("h", bar.getHigh());
        row.put("l", bar.getLow());
        row.put("c", bar.getClose());
        row.put("v", bar.getVolume());
        row.put("vw", bar.getVwap());
        row.put("n", bar.getTransactions());
        return row;
    }
}
