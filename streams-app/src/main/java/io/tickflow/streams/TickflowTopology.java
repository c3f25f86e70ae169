package io.tickflow.streams;

import io.tickflow.streams.bars.DibBarsTopology;
import io.tickflow.streams.daily.DailyMetricsTopology;
import org.apache.kafka.streams.Topology;

/**
 * The whole stream graph of tickflow, stage by stage: the one place that shows what runs.
 *
 * <pre>
 * trades ──► bars-dib-processor ──► bars.dib
 *                                └─► dead-letter
 * bars.1m ──► daily-metrics-processor ──► daily.metrics
 *                  │                   └─► dead-letter
 *                  └─► universe-info-rich-processor ──► universe.info-rich
 * </pre>
 * Daily metrics, the info-rich universe, labels, weights and alerts join here as their stages land.
 */
public final class TickflowTopology {
    private TickflowTopology() {
    }

    public static Topology build(DibBarsTopology.Settings bars, DibBarsTopology.TopicSerdes barSerdes) {
        Topology topology = new Topology();
        DibBarsTopology.addTo(topology, bars, barSerdes);
        return topology;
    }

    /** Bars and the daily stage (daily metrics and info-rich flags) in one application. */
    public static Topology build(DibBarsTopology.Settings bars, DibBarsTopology.TopicSerdes barSerdes,
                                 DailyMetricsTopology.Settings daily, DailyMetricsTopology.TopicSerdes dailySerdes) {
        Topology topology = build(bars, barSerdes);
        DailyMetricsTopology.addTo(topology, daily, dailySerdes);
        return topology;
    }
}
