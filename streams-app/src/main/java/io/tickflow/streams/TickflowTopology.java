package io.tickflow.streams;

import io.tickflow.streams.bars.DibBarsTopology;
import io.tickflow.streams.labels.LabelsTopology;
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

    public static Topology build(DibBarsTopology.Settings bars, DibBarsTopology.TopicSerdes barSerdes) {
        Topology topology = new Topology();
        DibBarsTopology.addTo(topology, bars, barSerdes);
        return topology;
    }

    /** Bars, then labels and weights computed from the bars topic. */
    public static Topology build(DibBarsTopology.Settings bars, DibBarsTopology.TopicSerdes barSerdes,
                                 LabelsTopology.Settings labels, LabelsTopology.TopicSerdes labelSerdes) {
        Topology topology = build(bars, barSerdes);
        LabelsTopology.addTo(topology, labels, labelSerdes);
        return topology;
    }
}
