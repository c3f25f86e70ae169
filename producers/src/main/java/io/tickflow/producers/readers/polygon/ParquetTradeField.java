package io.tickflow.producers.readers.polygon;

import io.tickflow.producers.readers.parquet.ColumnAliases;
import java.util.List;

/**
 * Trade columns of the seed's {@code trades.parquet}, by every name they were written under: Polygon's v3 REST names
 * ({@code sip_timestamp, price, size, exchange, conditions, ...}), its single-letter WebSocket and v2 names
 * ({@code t, p, s, x, c, ...}), and the short names scripts rename to ({@code ts}).
 */
enum ParquetTradeField implements ColumnAliases {
    TICKER(false, "ticker", "symbol", "T", "sym"),
    TIME(true, "sip_timestamp", "t", "ts", "sip_ts", "timestamp", "time"),
    PRICE(true, "price", "p"),
    SIZE(true, "size", "s"),
    PARTICIPANT_TIME(false, "participant_timestamp", "y", "participant_ts"),
    TRF_TIME(false, "trf_timestamp", "f", "trf_ts"),
    EXCHANGE(false, "exchange", "x"),
    CONDITIONS(false, "conditions", "c"),
    CORRECTION(false, "correction", "e"),
    SEQUENCE(false, "sequence_number", "q", "sequence"),
    TAPE(false, "tape", "z"),
    ID(false, "id", "i", "trade_id"),
    TRF_ID(false, "trf_id", "r");

    private final boolean required;
    private final List<String> aliases;

    ParquetTradeField(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }
}
