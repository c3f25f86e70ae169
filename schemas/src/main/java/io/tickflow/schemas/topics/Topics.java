package io.tickflow.schemas.topics;

import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.dataset.DatasetRow;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.labels.Label;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.reference.Dividend;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.reference.TickerChange;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.schemas.weights.SampleWeight;
import java.util.List;
import java.util.Optional;

/**
 * Every tickflow topic, in one place: name, value type, partitions, retention and cleanup policy.
 * The constants are immutable; a deployment that wants other partition counts passes them to
 * {@code TopicProvisioner} rather than changing them here.
 */
public final class Topics {
    /** Market-data volume: many partitions so that stages scale out by ticker. */
    private static final int WIDE = 6;
    /** Daily and derived data: one row per ticker-session or less. */
    private static final int NARROW = 3;

    public static final Topic<Trade> TRADES = new Topic<>("trades", Trade.class, TopicSpec.kept(WIDE),
            "One trade print per record; key ticker; record time = SIP time.");
    public static final Topic<Bar> BARS_1M = new Topic<>("bars.1m", Bar.class, TopicSpec.kept(WIDE),
            "Minute aggregates; key ticker; record time = window start.");
    public static final Topic<Bar> BARS_1D = new Topic<>("bars.1d", Bar.class, TopicSpec.kept(NARROW),
            "Day aggregates; key ticker.");
    public static final Topic<ShortVolume> SHORT_VOLUME = new Topic<>("short.volume", ShortVolume.class,
            TopicSpec.kept(NARROW), "FINRA and Nasdaq daily short sale volume; key ticker.");
    public static final Topic<ShortInterest> SHORT_INTEREST = new Topic<>("short.interest", ShortInterest.class,
            TopicSpec.kept(NARROW), "Bi-monthly short interest; key ticker.");
    public static final Topic<FailToDeliver> FTD = new Topic<>("ftd", FailToDeliver.class, TopicSpec.kept(NARROW),
            "SEC fails-to-deliver; key ticker.");
    public static final Topic<Split> SPLITS = new Topic<>("reference.splits", Split.class, TopicSpec.compacted(1),
            "Splits; key ticker|execution_date; compacted.");
    public static final Topic<Dividend> DIVIDENDS = new Topic<>("reference.dividends", Dividend.class,
            TopicSpec.compacted(1), "Dividends; key ticker|ex_dividend_date; compacted.");
    public static final Topic<MarketCap> MARKET_CAP = new Topic<>("reference.market-cap", MarketCap.class,
            TopicSpec.compacted(1), "Market capitalisation; key ticker|date; compacted.");
    public static final Topic<TickerChange> TICKER_CHANGES = new Topic<>("reference.ticker-changes",
            TickerChange.class, TopicSpec.compacted(1), "Ticker renames; key old_ticker|date; compacted.");
    public static final Topic<DailyMetrics> DAILY_METRICS = new Topic<>("daily.metrics", DailyMetrics.class,
            TopicSpec.kept(NARROW), "Daily cache rows; key ticker; an update replaces the same ticker-session.");
    public static final Topic<InfoRichFlag> INFO_RICH = new Topic<>("universe.info-rich", InfoRichFlag.class,
            TopicSpec.kept(NARROW), "Info-rich flags per ticker-session; key ticker.");
    public static final Topic<ImbalanceBar> BARS_DIB = new Topic<>("bars.dib", ImbalanceBar.class,
            TopicSpec.kept(WIDE), "Dollar-imbalance bars; key ticker; (ticker, session, seq) unique.");
    public static final Topic<Label> LABELS = new Topic<>("labels", Label.class, TopicSpec.kept(NARROW),
            "Triple-barrier labels; key ticker.");
    public static final Topic<SampleWeight> WEIGHTS = new Topic<>("weights", SampleWeight.class,
            TopicSpec.kept(NARROW), "Sample weights; key ticker.");
    public static final Topic<DatasetRow> DATASET = new Topic<>("dataset", DatasetRow.class, TopicSpec.kept(NARROW),
            "ML dataset rows; key ticker.");
    public static final Topic<Alert> ALERTS = new Topic<>("alerts", Alert.class,
            new TopicSpec(NARROW, 30L * 24 * 3600 * 1000, TopicSpec.DELETE), "Alerts; key ticker; kept 30 days.");
    public static final Topic<DeadLetter> DEAD_LETTER = new Topic<>("dead-letter", DeadLetter.class,
            TopicSpec.kept(1), "Every rejected input with source and reason; key source.");

    public static final List<Topic<?>> ALL = List.of(TRADES, BARS_1M, BARS_1D, SHORT_VOLUME, SHORT_INTEREST, FTD,
            SPLITS, DIVIDENDS, MARKET_CAP, TICKER_CHANGES, DAILY_METRICS, INFO_RICH, BARS_DIB, LABELS, WEIGHTS,
            DATASET, ALERTS, DEAD_LETTER);

    private Topics() {
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
