package io.tickflow.streams;

import io.tickflow.streams.bars.DibBarsTopology;
import io.tickflow.streams.labels.LabelsTopology;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.streams.Topology;

/**
 * The whole stream graph of tickflow, stage by stage: the one place that shows what runs.
 *
 * <pre>
 * trades ──► bars-dib-processor ──► bars.dib
 *                                └─► dead-letter
 * bars.dib ──► labels-processor ──► labels
 *                   ├──► weights-processor ──► weights
 *                   └──► dead-letter
 * </pre>
 * Daily metrics, the info-rich universe and alerts join here as their stages land.
 */
public final class TickflowTopology {
    private TickflowTopology() {
    }

    /** The settings of every stage. */
    public record Stages(DibBarsTopology.Settings bars, LabelsTopology.Settings labels) {
    }

    /** The whole graph, with Confluent-format serdes whose schemas live in {@code registry}. */
    public static Topology build(Stages stages, SchemaRegistryClient registry) {
        Topology topology = new Topology();
        DibBarsTopology.addTo(topology, stages.bars(), DibBarsTopology.TopicSerdes.of(registry));
        LabelsTopology.addTo(topology, stages.labels(), LabelsTopology.TopicSerdes.of(registry));
        return topology;
    }
}
