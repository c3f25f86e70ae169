package io.tickflow.producers.readers.detection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every input format tickflow reads, by the name used in {@code --format}, rejections and reports. */
public enum InputFormat {
    POLYGON_TRADES_CSV("polygon-trades-csv"),
    POLYGON_MINUTE_AGGS_CSV("polygon-minute-aggs-csv"),
    POLYGON_REST_JSON("polygon-rest-json"),
    FINRA_REGSHO_DAILY("finra-regsho-daily"),
    SEC_FTD("sec-ftd"),
    FINRA_SHORT_INTEREST("finra-short-interest"),
    NASDAQ_THRESHOLD_LIST("nasdaq-threshold-list"),
    LEAN_TICK_TRADE("lean-tick-trade"),
    GENERIC_CSV("generic-csv"),
    POLYGON_TRADES_PARQUET("polygon-trades-parquet"),
    POLYGON_MINUTE_PARQUET("polygon-minute-parquet"),
    POLYGON_DAILY_PARQUET("polygon-daily-parquet"),
    MARKET_CAP_CSV("market-cap-csv");

    private final String formatName;

    InputFormat(String formatName) {
        this.formatName = formatName;
    }

    /** The name, e.g. {@code finra-regsho-daily}. */
    public String formatName() {
        return formatName;
    }

    /** The format of a name as {@code --format} takes it (case-insensitive), or empty. */
    public static Optional<InputFormat> ofName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.formatName.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return formatName;
    }
}
