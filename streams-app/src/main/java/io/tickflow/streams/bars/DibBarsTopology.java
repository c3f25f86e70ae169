package io.tickflow.streams.bars;

import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.bars.TickerImbalanceBars;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.TradeAvroDeserializer;
import io.tickflow.schemas.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * trades → bars.dib: imbalance bars per ticker-session (DESIGN.md "Dollar-imbalance bars"), with refused trades
 * on dead-letter. State: one small record per ticker, and the imbalance history one entry per trade.
 */
public final class DibBarsTopology {
    public static final String SOURCE = "bars-dib-trades-source";
    public static final String PROCESSOR = "bars-dib-processor";
    public static final String STATE_STORE = "bars-dib-state-store";
    public static final String HISTORY_STORE = "bars-dib-history-store";
    public static final String BARS_SINK = "bars-dib-sink";
    public static final String DEAD_LETTER_SINK = "bars-dib-dead-letter-sink";

    /**
     * @param bars                 bar settings (mode, metric, thresholds)
     * @param scope                which trades of the day make bars, and where sessions are cut
     * @param sessionGrace         how long after a session's end (in event time) its last bar is emitted
     * @param outOfOrderTolerance  how far behind its ticker's latest trade a trade may arrive and still be applied
     *                             in timestamp order; later ones go to dead-letter
     * @param wallClockClose       live only: also close sessions whose end plus grace has passed on a wall clock;
     *                             empty (the default) closes on stream time alone, so replays give what batch gives
     */
    public record Settings(ImbalanceBarSettings bars, SessionScope scope, Duration sessionGrace,
                           Duration outOfOrderTolerance, Optional<WallClockClose> wallClockClose) {
        /** Settings that close sessions on stream time only. */
        public Settings(ImbalanceBarSettings bars, SessionScope scope, Duration sessionGrace,
                        Duration outOfOrderTolerance) {
            this(bars, scope, sessionGrace, outOfOrderTolerance, Optional.empty());
        }

        /** Settings that accept no out-of-order trade. */
        public Settings(ImbalanceBarSettings bars, SessionScope scope, Duration sessionGrace) {
            this(bars, scope, sessionGrace, Duration.ZERO);
        }

        /** The same settings, also closing sessions on {@code close}'s wall clock (a live run). */
        public Settings withWallClockClose(WallClockClose close) {
            return new Settings(bars, scope, sessionGrace, outOfOrderTolerance, Optional.of(close));
        }

        /** The core class that cuts sessions and orders trades for these settings. */
        public TickerImbalanceBars tickerBars() {
            return new TickerImbalanceBars(bars, scope, outOfOrderTolerance.toNanos());
        }
    }

    /**
     * Live sealing of sessions. On stream time a session closes only when a later trade (of any ticker of the task)
     * moves stream time past its end plus grace; live, the last trade of the day is followed by none until the next
     * morning, so the last partial bar would wait all night. Checked every {@code every} of wall time, a session
     * whose end plus grace has passed on {@code clock} is closed as stream time would close it. Never for replays:
     * a replay of a past day would have every session closed at its first check.
     *
     * @param clock wall clock ({@code Clock.systemUTC()} live; a controllable one in tests)
     * @param every how often the open sessions are checked; &gt; 0
     */
    public record WallClockClose(Clock clock, Duration every) {
        public WallClockClose {
            Objects.requireNonNull(clock, "clock");
            if (every.isZero() || every.isNegative()) {
                throw new IllegalArgumentException("wall-clock session check interval must be > 0, was " + every);
            }
        }
    }

    /** The value serdes of the topics this stage touches. */
    public record TopicSerdes(Serde<Trade> trades, Serde<ImbalanceBar> bars, Serde<DeadLetter> deadLetters) {
        /**
         * The Confluent-format serdes of the topics, schemas registered in {@code registry}; trades, read once per
         * trade, through {@link TradeAvroDeserializer} (records of the compiled schema read without resolution).
         */
        public static TopicSerdes of(SchemaRegistryClient registry) {
            Serde<Trade> trades = Serdes.serdeFrom(Topics.TRADES.valueSerde(registry).serializer(),
                    new TradeAvroDeserializer(registry));
            return new TopicSerdes(trades, Topics.BARS_DIB.valueSerde(registry), Topics.DEAD_LETTER.valueSerde(registry));
        }
    }

    private DibBarsTopology() {
    }

    /** This stage alone, as its own topology (tests, and deployments that scale stages separately). */
    public static Topology build(Settings settings, TopicSerdes serdes) {
        return addTo(new Topology(), settings, serdes);
    }

    /**
     * Adds this stage's nodes and stores to {@code topology}; every name is one of the constants above.
     *
     * @param downstream names of processors added below {@link #PROCESSOR} that receive each bar (an
     *                   {@code ImbalanceBar}) and each {@code SessionClosed}, in the same task
     */
    public static Topology addTo(Topology topology, Settings settings, TopicSerdes serdes, String... downstream) {
        Serde<String> keys = Serdes.String();
        topology.addSource(SOURCE, keys.deserializer(), serdes.trades().deserializer(), Topics.TRADES.name());
        topology.addProcessor(PROCESSOR, () -> new DibBarsProcessor(settings, List.of(downstream)), SOURCE);
        // Record caches in front of both stores: every trade rewrites its ticker's state (which carries the history's
        // open block; a history block is written once full), and without a cache each rewrite was one changelog
        // record (measured by `tickflow bench --metrics`). With it, a commit writes each dirty key once.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATE_STORE),
                keys, TickerBarsStateSerde.serde()).withCachingEnabled(), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE),
                keys, new DoubleBlockSerde()).withCachingEnabled(), PROCESSOR);
        topology.addSink(BARS_SINK, Topics.BARS_DIB.name(), keys.serializer(), serdes.bars().serializer(), PROCESSOR);
        topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), keys.serializer(),
                serdes.deadLetters().serializer(), PROCESSOR);
        return topology;
    }
}
