package io.tickflow.producers.readers.polygon;

import java.util.List;

/**
 * Column names of Polygon's S3 flat files ({@code us_stocks_sip/trades_v1} and
 * {@code us_stocks_sip/minute_aggs_v1}), in the order Polygon writes them. Shared by the readers and the
 * synthetic generator so that both sides agree on one definition.
 *
 * <p>Example trades rows as Polygon publishes them:
 * {@code A,"12,37",0,11,52983525035312,1712306654208705342,142.99,3807,1712306654208740096,5,1,0,0}.
 * The {@code conditions} field is quoted when it lists several codes; {@code trf_id} and
 * {@code trf_timestamp} are {@code 0} (or empty) for prints that were not reported through a TRF.
 */
public final class PolygonFlatFileColumns {

    public static final String TICKER = "ticker";
    public static final String CONDITIONS = "conditions";
    public static final String CORRECTION = "correction";
    public static final String EXCHANGE = "exchange";
    public static final String ID = "id";
    public static final String PARTICIPANT_TIMESTAMP = "participant_timestamp";
    public static final String PRICE = "price";
    public static final String SEQUENCE_NUMBER = "sequence_number";
    public static final String SIP_TIMESTAMP = "sip_timestamp";
    public static final String SIZE = "size";
    public static final String TAPE = "tape";
    public static final String TRF_ID = "trf_id";
    public static final String TRF_TIMESTAMP = "trf_timestamp";

    public static final String VOLUME = "volume";
    public static final String OPEN = "open";
    public static final String CLOSE = "close";
    public static final String HIGH = "high";
    public static final String LOW = "low";
    public static final String WINDOW_START = "window_start";
    public static final String TRANSACTIONS = "transactions";

    /** Header of a trades day file, in Polygon's order. */
    public static final List<String> TRADES = List.of(TICKER, CONDITIONS, CORRECTION, EXCHANGE, ID,
            PARTICIPANT_TIMESTAMP, PRICE, SEQUENCE_NUMBER, SIP_TIMESTAMP, SIZE, TAPE, TRF_ID, TRF_TIMESTAMP);

    /** Header of a minute aggregates day file, in Polygon's order. */
    public static final List<String> MINUTE_AGGS =
            List.of(TICKER, VOLUME, OPEN, CLOSE, HIGH, LOW, WINDOW_START, TRANSACTIONS);

    private PolygonFlatFileColumns() {
    }
}
