package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.alerts.MinuteAlerts;
import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * bars.1m → alerts (issue 8 part 4): the {@link MinuteAlerts} rules over each ticker's minute bars, with the
 * ticker-session state and the time-of-day history in persistent stores, alerts keyed by ticker. Minute bars, not
 * trades, are the input: every rule is defined on minutes (time-of-day RVOL, a minute's volume), and the live
 * adapter publishes Polygon's minute aggregates to the same topic.
 *
 * <p>Inside {@code TickflowTopology} the processor hangs off the daily stage's bars.1m source (a topic may have only
 * one source node per topology); alone it has its own.
 */
public final class AlertsTopology {
    public static final String SOURCE = "alerts-bars-source";
    public static final String PROCESSOR = "alerts-processor";
    public static final String SESSION_STORE = "alerts-session-store";
    public static final String HISTORY_STORE = "alerts-history-store";
    public static final String MINUTES_STORE = "alerts-minutes-store";
    public static final String ALERTS_SINK = "alerts-sink";
    public static final String DEAD_LETTER_SINK = "alerts-dead-letter-sink";

    /** The value serdes of the topics this stage touches. */
    public record TopicSerdes(Serde<Bar> bars, Serde<Alert> alerts, Serde<DeadLetter> deadLetters) {
        public static TopicSerdes of(SchemaRegistryClient registry) {
            return new TopicSerdes(Topics.BARS_1M.valueSerde(registry), Topics.ALERTS.valueSerde(registry),
                    Topics.DEAD_LETTER.valueSerde(registry));
        }
    }

    private AlertsTopology() {
    }

    /** This stage alone, with its own bars.1m source. */
    public static Topology build(AlertSettings settings, TopicSerdes serdes) {
        return addTo(new Topology(), settings, serdes, Optional.empty());
    }

    /**
     * Adds this stage's nodes and stores to {@code topology}.
     *
     * @param barsSource an existing source node of bars.1m to hang off; empty to add {@link #SOURCE}
     */
    public static Topology addTo(Topology topology, AlertSettings settings, TopicSerdes serdes,
                                 Optional<String> barsSource) {
        Serde<String> keys = Serdes.String();
        if (barsSource.isEmpty()) {
            topology.addSource(SOURCE, keys.deserializer(), serdes.bars().deserializer(), Topics.BARS_1M.name());
        }
        topology.addProcessor(PROCESSOR, () -> new AlertsProcessor(new MinuteAlerts(settings)), barsSource.orElse(SOURCE));
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SESSION_STORE), keys,
                AlertStateSerdes.session()).withCachingEnabled(), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE), keys,
                AlertStateSerdes.sessionVolumes()).withCachingEnabled(), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MINUTES_STORE), keys,
                AlertStateSerdes.minuteVolume()).withCachingEnabled(), PROCESSOR);
        topology.addSink(ALERTS_SINK, Topics.ALERTS.name(), keys.serializer(), serdes.alerts().serializer(), PROCESSOR);
        topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), keys.serializer(),
                serdes.deadLetters().serializer(), PROCESSOR);
        return topology;
    }
}
