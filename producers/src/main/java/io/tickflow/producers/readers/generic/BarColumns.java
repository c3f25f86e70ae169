package io.tickflow.producers.readers.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Column names of a bar file's prices and volume.
 *
 * @param open         first price
 * @param high         highest price
 * @param low          lowest price
 * @param close        last price
 * @param volume       shares
 * @param vwap         volume-weighted price; null when the file has none
 * @param transactions trade count; null when the file has none
 */
public record BarColumns(String open, String high, String low, String close, String volume, String vwap,
                         String transactions) {

    /** {@code open,high,low,close,volume}, the names most exports use. */
    public static final BarColumns LOWER_CASE = new BarColumns("open", "high", "low", "close", "volume", null, null);

    public BarColumns {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
    }

    /** The columns a file must have. */
    List<String> required() {
        return new ArrayList<>(List.of(open, high, low, close, volume));
    }
}
