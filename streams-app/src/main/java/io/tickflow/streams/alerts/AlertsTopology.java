package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.alerts.MinuteAlerts;
import io.tickflow.core.alerts.TradeAlerts;
import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.TradeAvroDeserializer;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.stores.WriteBehindStoreBuilder;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * trades (or bars.1m) → alerts (issue 8 part 4): the alert rules over each ticker's trades ({@link TradeAlerts}, the
 * default: an alert fires on the trade that makes its rule pass) or over its minute bars ({@link MinuteAlerts}: for
 * a live subscription to Polygon's minute aggregates only), with the ticker-session state and the time-of-day
 * history in persistent stores, alerts keyed by ticker. Both inputs share the history and minutes stores (the same
 * minute volumes), each has its own session store.
 *
 * <p>Inside {@code TickflowTopology} the processor hangs off another stage's source of its input topic (a topic may
 * have only one source node per topology); alone it has its own.
 */
public final class AlertsTopology {
    public static final String SOURCE = "alerts-bars-source";
    public static final String TRADES_SOURCE = "alerts-trades-source";
    public static final String PROCESSOR = "alerts-processor";
    public static final String SESSION_STORE = "alerts-session-store";
    public static final String TRADE_SESSION_STORE = "alerts-trade-session-store";
    public static final String HISTORY_STORE = "alerts-history-store";
    /** Renamed from {@code alerts-minutes-store} when its keys went from one per minute to one per ticker. */
    public static final String MINUTES_STORE = "alerts-session-minutes-store";
    public static final String ALERTS_SINK = "alerts-sink";
    public static final String DEAD_LETTER_SINK = "alerts-dead-letter-sink";
    /**
     * How long the stores hold changed values before writing them down between commits: short enough that a commit
     * finds only this interval's keys left to write (a pause of a few ms at 100k trades/s), long enough that a
     * ticker's state is written a few times a second rather than on every trade.
     */
    static final Duration WRITE_DOWN_INTERVAL = Duration.ofMillis(100);

    /** What the alert rules read (YAML {@code alerts.source}). */
    public enum Input {
        /** {@code trades}: alerts fire on the trade that passes a rule. */
        TRADES,
        /** {@code bars.1m}: alerts fire on the minute bar that passes a rule, at the minute's close at best. */
        BARS
    }

    /** The value serdes of the topics this stage touches. */
    public record TopicSerdes(Serde<Bar> bars, Serde<Trade> trades, Serde<Alert> alerts, Serde<DeadLetter> deadLetters) {
        /**
         * The Confluent-format serdes, schemas registered in {@code registry}; trades, read once per trade, through
         * {@link TradeAvroDeserializer} (records of the compiled schema read without resolution), as the bars stage.
         */
        public static TopicSerdes of(SchemaRegistryClient registry) {
            Serde<Trade> trades = Serdes.serdeFrom(Topics.TRADES.valueSerde(registry).serializer(),
                    new TradeAvroDeserializer(registry));
            return new TopicSerdes(Topics.BARS_1M.valueSerde(registry), trades,
                    Topics.ALERTS.valueSerde(registry), Topics.DEAD_LETTER.valueSerde(registry));
        }
    }

    private AlertsTopology() {
    }

    /** This stage alone over {@code input}, with its own source. */
    public static Topology build(AlertSettings settings, Input input, TopicSerdes serdes) {
        return addTo(new Topology(), settings, input, serdes, Optional.empty());
    }

    /**
     * Adds this stage's nodes and stores to {@code topology}.
     *
     * @param inputSource an existing source node of the input topic to hang off; empty to add {@link #TRADES_SOURCE}
     *                    or {@link #SOURCE}
     */
    public static Topology addTo(Topology topology, AlertSettings settings, Input input, TopicSerdes serdes,
                                 Optional<String> inputSource) {
        Serde<String> keys = Serdes.String();
        String source = inputSource.orElse(input == Input.TRADES ? TRADES_SOURCE : SOURCE);
        if (inputSource.isEmpty() && input == Input.TRADES) {
            topology.addSource(source, keys.deserializer(), serdes.trades().deserializer(), Topics.TRADES.name());
        } else if (inputSource.isEmpty()) {
            topology.addSource(source, keys.deserializer(), serdes.bars().deserializer(), Topics.BARS_1M.name());
        }
        if (input == Input.TRADES) {
            topology.addProcessor(PROCESSOR, () -> new TradeAlertsProcessor(new TradeAlerts(settings)), source);
            topology.addStateStore(writeBehind(TRADE_SESSION_STORE, keys, AlertStateSerdes.tradeSession()), PROCESSOR);
        } else {
            topology.addProcessor(PROCESSOR, () -> new AlertsProcessor(new MinuteAlerts(settings)), source);
            topology.addStateStore(writeBehind(SESSION_STORE, keys, AlertStateSerdes.session()), PROCESSOR);
        }
        topology.addStateStore(writeBehind(HISTORY_STORE, keys, AlertStateSerdes.sessionVolumes()), PROCESSOR);
        topology.addStateStore(writeBehind(MINUTES_STORE, keys, AlertStateSerdes.sessionMinutes()), PROCESSOR);
        topology.addSink(ALERTS_SINK, Topics.ALERTS.name(), keys.serializer(), serdes.alerts().serializer(), PROCESSOR);
        topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), keys.serializer(),
                serdes.deadLetters().serializer(), PROCESSOR);
        return topology;
    }

    /**
     * A persistent, logged store behind a {@link WriteBehindKeyValueStore}: every trade changes its ticker's state, and
     * a cached store would serialize each change and write thousands of keys inside every commit, while alerts wait.
     */
    private static <V> WriteBehindStoreBuilder<String, V> writeBehind(String name, Serde<String> keys, Serde<V> values) {
        return new WriteBehindStoreBuilder<>(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys,
                values), WRITE_DOWN_INTERVAL);
    }
}
