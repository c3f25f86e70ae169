package io.tickflow.streams.labels;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.labels.Label;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.weights.SampleWeight;
import io.tickflow.streams.weights.WeightsTopology;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * bars.dib → labels, and below it the weights stage: triple-barrier labels per ticker-session (DESIGN.md
 * "Triple barrier"), open events held in the state store until later bars or the session end resolve them, and
 * each closed session handed to {@link WeightsTopology}. Refused bars go to dead-letter.
 *
 * <pre>
 * bars.dib ──► labels-processor ──► labels
 *                   ├──► weights-processor ──► weights
 *                   └──► dead-letter
 * </pre>
 */
public final class LabelsTopology {
    public static final String SOURCE = "labels-bars-source";
    public static final String PROCESSOR = "labels-processor";
    public static final String STATE_STORE = "labels-state-store";
    public static final String LABELS_SINK = "labels-sink";
    public static final String DEAD_LETTER_SINK = "labels-dead-letter-sink";

    /**
     * @param labels       triple-barrier settings
     * @param weights      sample-weight settings
     * @param scope        where sessions end (as for bars)
     * @param sessionGrace how long after a session's end (event time) it is closed if no bar closed it
     */
    public record Settings(LabelSettings labels, WeightSettings weights, SessionScope scope, Duration sessionGrace) {
        /** Event time (ns) at which a session of this scope is over; never for {@link SessionScope#NONE}. */
        public long sessionEndNanos(LocalDate session) {
            return scope.endNanos(session);
        }
    }

    /** The value serdes of the topics this stage touches. */
    public record TopicSerdes(Serde<ImbalanceBar> bars, Serde<Label> labels, Serde<SampleWeight> weights,
                              Serde<DeadLetter> deadLetters) {
        /** The Confluent-format serdes of the topics, schemas registered in {@code registry}. */
        public static TopicSerdes of(SchemaRegistryClient registry) {
            return new TopicSerdes(Topics.BARS_DIB.valueSerde(registry), Topics.LABELS.valueSerde(registry),
                    Topics.WEIGHTS.valueSerde(registry), Topics.DEAD_LETTER.valueSerde(registry));
        }
    }

    private LabelsTopology() {
    }

    /** This stage alone, as its own topology. */
    public static Topology build(Settings settings, TopicSerdes serdes) {
        return addTo(new Topology(), settings, serdes);
    }

    /** Adds labels and weights to {@code topology}; every name is one of the constants here or in WeightsTopology. */
    public static Topology addTo(Topology topology, Settings settings, TopicSerdes serdes) {
        topology.addSource(SOURCE, Serdes.String().deserializer(), serdes.bars().deserializer(), Topics.BARS_DIB.name());
        return addBelow(topology, SOURCE, settings, serdes);
    }

    /**
     * Adds labels and weights below the bars processor {@code parent}, in its task: bars arrive without a topic
     * hop, and the bars processor's {@code SessionClosed} signals close sessions exactly where the bars closed them.
     */
    public static Topology addDownstreamOf(Topology topology, String parent, Settings settings, TopicSerdes serdes) {
        return addBelow(topology, parent, settings, serdes);
    }

    private static Topology addBelow(Topology topology, String parent, Settings settings, TopicSerdes serdes) {
        Serde<String> keys = Serdes.String();
        topology.addProcessor(PROCESSOR, () -> new LabelsProcessor(settings), parent);
        // Cached: a ticker's label state (open events, volatility) is rewritten on every bar; a commit writes it once.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATE_STORE),
                keys, TickerLabelStateSerde.serde()).withCachingEnabled(), PROCESSOR);
        topology.addSink(LABELS_SINK, Topics.LABELS.name(), keys.serializer(), serdes.labels().serializer(), PROCESSOR);
        topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), keys.serializer(),
                serdes.deadLetters().serializer(), PROCESSOR);
        return WeightsTopology.addTo(topology, PROCESSOR, settings.weights(), serdes.weights());
    }
}
