package io.tickflow.streams.weights;

import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.weights.SampleWeight;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;

/**
 * Resolved ticker-sessions → {@code weights} (DESIGN.md "Sample weights"). The stage hangs below the processor
 * that resolves sessions (the labels stage), which forwards each closed session, bars and labels together, to
 * {@link #PROCESSOR}; weights need every event of a session, so they cannot be computed earlier.
 */
public final class WeightsTopology {
    public static final String PROCESSOR = "weights-processor";
    public static final String SINK = "weights-sink";

    private WeightsTopology() {
    }

    /**
     * Adds the weights processor below {@code parent} and its sink.
     *
     * @param parent the processor forwarding {@code ResolvedSession} values keyed by ticker to {@link #PROCESSOR}
     */
    public static Topology addTo(Topology topology, String parent, WeightSettings settings, Serde<SampleWeight> serde) {
        topology.addProcessor(PROCESSOR, () -> new WeightsProcessor(settings), parent);
        topology.addSink(SINK, Topics.WEIGHTS.name(), Serdes.String().serializer(), serde.serializer(), PROCESSOR);
        return topology;
    }
}
