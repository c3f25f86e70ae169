package io.tickflow.producers.readers.polygon;

import io.tickflow.producers.readers.parquet.ColumnAliases;
import java.util.List;

/**
 * Bar columns of the seed's {@code minute.parquet} and {@code ohlcv.parquet}: Polygon's aggregate names
 * ({@code t, o, h, l, c, v, vw, n}), the flat-file names ({@code window_start, open, ...}) and the long names scripts
 * rename to ({@code timestamp, date, vwap, transactions}).
 */
enum ParquetBarField implements ColumnAliases {
    TICKER(false, "ticker", "symbol", "T", "sym"),
    TIME(true, "window_start", "t", "timestamp", "ts", "time", "datetime", "date"),
    OPEN(true, "open", "o"),
    HIGH(true, "high", "h"),
    LOW(true, "low", "l"),
    CLOSE(true, "close", "c"),
    VOLUME(true, "volume", "v"),
    VWAP(false, "vwap", "vw"),
    TRANSACTIONS(false, "transactions", "n", "trades", "num_trades");

    private final boolean required;
    private final List<String> aliases;

    ParquetBarField(boolean required, String... aliases) {
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
