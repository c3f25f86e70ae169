package io.tickflow.streams.daily;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.universe.MarketCapHistory;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.streams.shortdata.ShortFeaturesTopology;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * bars.1m (or trades, cut into minute bars by {@link TradeMinutesProcessor}) → daily.metrics → universe.info-rich
 * (DESIGN.md "Daily metrics", "Info-rich"): the seed's daily cache and
 * info-rich flags, kept current minute by minute. Every minute bar updates its ticker-session's row (and a late or
 * corrected one also the rows after it); changed rows are published at most once per commit interval (and when the
 * ticker's next session starts), as a new value of the same ticker-session: readers keep the last value per
 * (ticker, date), which equals the batch command's row once the input is processed. The info-rich processor is a direct child, so flags need no second read of
 * daily.metrics. Refused bars go to dead-letter.
 *
 * <p>The previous close is split-adjusted with the splits of {@code reference.splits}, held in a global store
 * ({@link SplitsStore}): Kafka Streams loads it to the topic's end before processing starts, so splits published
 * before the application starts adjust every row, as {@code tickflow batch daily --splits} does. A split published
 * later adjusts the rows computed after it arrives (a ticker's later minutes recompute only the rows a correction
 * may reach), so publish splits before their execution date, as Polygon announces them. Market caps of
 * {@code reference.market-cap} are held the same way ({@link MarketCapStore}) and tested by the info-rich rule
 * {@code cap_max} point in time; publish them before the sessions they describe.
 */
public final class DailyMetricsTopology {
    public static final String SOURCE = "daily-bars-source";
    public static final String PROCESSOR = "daily-metrics-processor";
    public static final String INFO_RICH_PROCESSOR = "universe-info-rich-processor";
    public static final String HISTORY_STORE = "daily-metrics-history-store";
    /**
     * Each updatable ticker-session's minutes as one value ({@link SessionMinutes}). Replaces the window store
     * {@code daily-metrics-minutes-store} (one entry per minute) of earlier versions: after an upgrade, a correction
     * of a session whose minutes were held there goes to dead-letter with the reason.
     */
    public static final String SESSION_MINUTES_STORE = "daily-metrics-session-minutes-store";
    public static final String INFO_RICH_STORE = "universe-info-rich-store";
    public static final String METRICS_SINK = "daily-metrics-sink";
    public static final String INFO_RICH_SINK = "universe-info-rich-sink";
    public static final String DEAD_LETTER_SINK = "daily-dead-letter-sink";
    public static final String SPLITS_SOURCE = "daily-splits-source";
    public static final String SPLITS_UPDATER = "daily-splits-updater";
    public static final String SPLITS_STORE = "daily-splits-store";
    public static final String TRADES_SOURCE = "daily-trades-source";
    public static final String TRADE_MINUTES_PROCESSOR = "daily-trade-minutes-processor";
    public static final String OPEN_MINUTES_STORE = "daily-open-minutes-store";
    public static final String MARKET_CAP_SOURCE = "universe-market-cap-source";
    public static final String MARKET_CAP_UPDATER = "universe-market-cap-updater";
    public static final String MARKET_CAP_STORE = "universe-market-cap-store";

    /** Longest grace: a late minute may reach back at most {@code TickerSessionHistory.CORRECTABLE_SESSIONS}. */
    static final Duration MAX_GRACE = Duration.ofDays(5);

    /**
     * @param scope  which minutes make the daily row (regular [default] or extended)
     * @param grace  event time after a session's end during which its minutes are still accepted and update it
     * @param rules  info-rich thresholds
     * @param marketCapMaxAgeDays how old a market cap may be and still test {@code cap_max}
     *                            ({@link MarketCapHistory#capOn})
     * @param minutes where the minutes come from: {@code bars.1m}, or the stage's own minute bars of {@code trades}
     */
    public record Settings(SessionScope scope, Duration grace, InfoRichRules rules, int marketCapMaxAgeDays,
                           MinuteInput minutes) {
        public Settings {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(minutes, "minutes");
            if (marketCapMaxAgeDays < 0) {
                throw new IllegalArgumentException("market cap max age must be >= 0 days: " + marketCapMaxAgeDays);
            }
            if (!scope.cutsSessions()) {
                throw new IllegalArgumentException("daily metrics need sessions; scope none has none");
            }
            if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
                throw new IllegalArgumentException("daily grace must be within [0, " + MAX_GRACE + "]: " + grace);
            }
        }

        /** Caps older than {@link MarketCapHistory#DEFAULT_MAX_AGE_DAYS} are stale. */
        public Settings(SessionScope scope, Duration grace, InfoRichRules rules) {
            this(scope, grace, rules, MarketCapHistory.DEFAULT_MAX_AGE_DAYS, MinuteInput.BARS_1M);
        }

        /** End of {@code session} in this scope, ns since the epoch. */
        long sessionEndNanos(LocalDate session) {
            return scope.endNanos(session);
        }

        /**
         * Why data of {@code session} can no longer change it at this stream time (its end plus the grace has
         * passed: its row is final), or {@code null} when it still can.
         */
        String finalRowRefusal(String what, LocalDate session, long streamTimeMs) {
            if (sessionEndNanos(session) + grace.toNanos() <= streamTimeMs * 1_000_000L) {
                return what + " of session " + session + " arrived after the session's end plus the grace of " + grace
                        + "; its row is final";
            }
            return null;
        }
    }

    /**
     * Where the daily stage's minutes come from.
     *
     * @param fromTrades {@code true}: minute bars built from {@code trades} by the stage itself (the live path when
     *                   no minute aggregates are published); {@code false}: {@code bars.1m}
     * @param lateness   with trades, how long after a minute's end (in stream time) it is closed when no later
     *                   trade of its ticker closes it first; a trade of it arriving later goes to dead-letter
     */
    public record MinuteInput(boolean fromTrades, Duration lateness) {
        public static final MinuteInput BARS_1M = new MinuteInput(false, Duration.ZERO);

        public MinuteInput {
            if (lateness.isNegative()) {
                throw new IllegalArgumentException("minute lateness must be >= 0: " + lateness);
            }
        }

        public static MinuteInput trades(Duration lateness) {
            return new MinuteInput(true, lateness);
        }
    }

    /** The value serdes of the topics this stage touches. */
    public record TopicSerdes(Serde<Bar> bars, Serde<Trade> trades, Serde<DailyMetrics> metrics,
                              Serde<InfoRichFlag> flags, Serde<DeadLetter> deadLetters, Serde<Split> splits,
                              Serde<MarketCap> marketCaps) {
        /** The Confluent-format serdes of the topics, schemas registered in {@code registry}. */
        public static TopicSerdes of(SchemaRegistryClient registry) {
            return new TopicSerdes(Topics.BARS_1M.valueSerde(registry), Topics.TRADES.valueSerde(registry),
                    Topics.DAILY_METRICS.valueSerde(registry),
                    Topics.INFO_RICH.valueSerde(registry), Topics.DEAD_LETTER.valueSerde(registry),
                    Topics.SPLITS.valueSerde(registry), Topics.MARKET_CAP.valueSerde(registry));
        }
    }

    private DailyMetricsTopology() {
    }

    /** This stage alone, as its own topology. */
    public static Topology build(Settings settings, TopicSerdes serdes) {
        return addTo(new Topology(), settings, serdes);
    }

    /** This stage with the short-data features joined into its rows. */
    public static Topology build(Settings settings, TopicSerdes serdes, ShortFeaturesTopology.TopicSerdes shortData) {
        return addTo(new Topology(), settings, serdes, Optional.of(shortData));
    }

    /** Adds this stage's nodes and stores to {@code topology}, without short-data features. */
    public static Topology addTo(Topology topology, Settings settings, TopicSerdes serdes) {
        return addTo(topology, settings, serdes, Optional.empty());
    }

    /**
     * Adds this stage's nodes and stores to {@code topology}; every name is one of the constants above or of
     * {@link ShortFeaturesTopology}. With {@code shortData}, rows pass through the short-features join on their
     * way to daily.metrics (the info-rich processor gets them without: its rules use no short data).
     */
    public static Topology addTo(Topology topology, Settings settings, TopicSerdes serdes,
                                 Optional<ShortFeaturesTopology.TopicSerdes> shortData) {
        return addTo(topology, settings, serdes, shortData, Optional.empty());
    }

    /**
     * As {@link #addTo(Topology, Settings, TopicSerdes, Optional)}; with minutes from trades, {@code tradesSource}
     * names a source node of {@code trades} already in the topology (Kafka Streams lets one node only subscribe a
     * topic), or the stage adds its own.
     */
    public static Topology addTo(Topology topology, Settings settings, TopicSerdes serdes,
                                 Optional<ShortFeaturesTopology.TopicSerdes> shortData, Optional<String> tradesSource) {
        Serde<String> keys = Serdes.String();
        String metricsParent = shortData.isPresent() ? ShortFeaturesTopology.JOIN_PROCESSOR : PROCESSOR;
        String metricsChild = shortData.isPresent() ? ShortFeaturesTopology.JOIN_PROCESSOR : METRICS_SINK;
        String minutesParent = addMinuteInput(topology, settings, serdes, tradesSource);
        topology.addProcessor(PROCESSOR, () -> new DailyMetricsProcessor(settings, metricsChild), minutesParent);
        shortData.ifPresent(s -> ShortFeaturesTopology.addTo(topology, PROCESSOR, s));
        topology.addProcessor(INFO_RICH_PROCESSOR, () -> new InfoRichProcessor(settings.rules(), settings.marketCapMaxAgeDays()), PROCESSOR);
        // Record caches: a ticker's state and its session's minutes change with every minute bar, but reach RocksDB
        // and the changelogs once per key and commit.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE),
                keys, DailyStateSerdes.tickerState()).withCachingEnabled(), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SESSION_MINUTES_STORE),
                keys, SessionMinutes.serde()).withCachingEnabled(), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INFO_RICH_STORE),
                keys, DailyStateSerdes.rollingCount()).withCachingEnabled(), INFO_RICH_PROCESSOR);
        topology.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SPLITS_STORE), keys,
                serdes.splits()).withLoggingDisabled(), SPLITS_SOURCE, keys.deserializer(),
                serdes.splits().deserializer(), Topics.SPLITS.name(), SPLITS_UPDATER,
                () -> new TickerDateStoreUpdater<>(SPLITS_STORE, Topics.SPLITS.name(), SplitsStore::refusal));
        topology.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MARKET_CAP_STORE), keys,
                serdes.marketCaps()).withLoggingDisabled(), MARKET_CAP_SOURCE, keys.deserializer(),
                serdes.marketCaps().deserializer(), Topics.MARKET_CAP.name(), MARKET_CAP_UPDATER,
                () -> new TickerDateStoreUpdater<>(MARKET_CAP_STORE, Topics.MARKET_CAP.name(), MarketCapStore::refusal));
        topology.addSink(METRICS_SINK, Topics.DAILY_METRICS.name(), keys.serializer(), serdes.metrics().serializer(),
                metricsParent);
        topology.addSink(INFO_RICH_SINK, Topics.INFO_RICH.name(), keys.serializer(), serdes.flags().serializer(),
                INFO_RICH_PROCESSOR);
        topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), keys.serializer(),
                serdes.deadLetters().serializer(), settings.minutes().fromTrades()
                        ? new String[] {PROCESSOR, TRADE_MINUTES_PROCESSOR} : new String[] {PROCESSOR});
        return topology;
    }

    /** The node the daily processor reads minute bars from. */
    private static String addMinuteInput(Topology topology, Settings settings, TopicSerdes serdes,
                                         Optional<String> tradesSource) {
        Serde<String> keys = Serdes.String();
        if (!settings.minutes().fromTrades()) {
            topology.addSource(SOURCE, keys.deserializer(), serdes.bars().deserializer(), Topics.BARS_1M.name());
            return SOURCE;
        }
        String source = tradesSource.orElse(TRADES_SOURCE);
        if (tradesSource.isEmpty()) {
            topology.addSource(TRADES_SOURCE, keys.deserializer(), serdes.trades().deserializer(), Topics.TRADES.name());
        }
        topology.addProcessor(TRADE_MINUTES_PROCESSOR, () -> new TradeMinutesProcessor(settings), source);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OPEN_MINUTES_STORE), keys,
                DailyStateSerdes.openMinute()), TRADE_MINUTES_PROCESSOR);
        return TRADE_MINUTES_PROCESSOR;
    }
}
