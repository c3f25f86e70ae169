package io.tickflow.sinks.partition;

import java.util.List;
import java.util.Optional;

/**
 * Where a topic lands in the output layout (DESIGN.md "Output layout"): the dataset folder, which carries the
 * period {@code <version>}, and how records are partitioned below it.
 *
 * @param topic       the Kafka topic
 * @param folder      dataset folder under the root; {@code {version}} is replaced by the period name
 * @param partitioner record → partition path below the folder
 */
public record DatasetLayout(String topic, String folder, Partitioner partitioner) {
    private static final String VERSION = "{version}";

    public static final DatasetLayout BARS_DIB = new DatasetLayout("bars.dib", "processed/bars/" + VERSION,
            TickerDatePartitioner.of("ticker", "session"));
    public static final DatasetLayout TRADES = new DatasetLayout("trades", "raw/polygon/trades/" + VERSION,
            TickerDatePartitioner.of("ticker", "sip_ts"));
    public static final DatasetLayout LABELS = new DatasetLayout("labels", "processed/labels/" + VERSION,
            TickerDatePartitioner.of("ticker", "session"));
    public static final DatasetLayout WEIGHTS = new DatasetLayout("weights", "processed/weights/" + VERSION,
            TickerDatePartitioner.of("ticker", "session"));

    /**
     * The daily cache. Not in {@link #ALL}: daily.metrics holds every update of a ticker-session, and only the last
     * one per (ticker, date) is a row, so the topic is not exported record by record.
     */
    public static final DatasetLayout DAILY_CACHE = new DatasetLayout("daily.metrics",
            "processed/daily_cache/" + VERSION, TickerDatePartitioner.of("ticker", "date"));
    /** Daily watchlists: the info-rich flags that passed, one file per date (not in {@link #ALL}, as above). */
    public static final DatasetLayout INFO_RICH_WATCHLIST = new DatasetLayout("universe.info-rich",
            "processed/universe/info_rich/" + VERSION + "/daily", new DatePartitioner(DateField.of("date")));
    /** {@code stats/topN_12m_rolling.parquet}: one file of counts and ranks, derived from universe.info-rich. */
    public static final DatasetLayout INFO_RICH_STATS = new DatasetLayout("universe.info-rich",
            "processed/universe/info_rich/" + VERSION + "/stats", new SingleFilePartitioner());
    /** The universe folder itself, where {@code info_rich_tickers.csv} lives. */
    public static final DatasetLayout INFO_RICH_ROOT = new DatasetLayout("universe.info-rich",
            "processed/universe/info_rich/" + VERSION, new SingleFilePartitioner());

    public static final DatasetLayout SHORT_VOLUME = new DatasetLayout("short.volume",
            "raw/finra/regsho_daily_txt", new DatePartitioner(DateField.of("tradeDate")));
    public static final DatasetLayout FTD = new DatasetLayout("ftd", "raw/sec/ftd",
            new YearMonthPartitioner(DateField.of("settlement_date")));

    public static final List<DatasetLayout> ALL = List.of(BARS_DIB, TRADES, LABELS, WEIGHTS, SHORT_VOLUME, FTD);

    /** The layout of a topic, if tickflow knows where it lands. */
    public static Optional<DatasetLayout> forTopic(String topic) {
        return ALL.stream().filter(l -> l.topic().equals(topic)).findFirst();
    }

    /** The dataset folder for a period, e.g. {@code processed/bars/v1_2020_2025}. */
    public String folderFor(String version) {
        PartitionPath.of(version); // refuses a version that is not one safe path segment
        return folder.replace(VERSION, version);
    }
}
