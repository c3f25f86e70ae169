package io.tickflow.streams;

import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.streams.alerts.AlertsTopology;
import io.tickflow.streams.bars.DibBarsTopology;
import io.tickflow.streams.daily.DailyMetricsTopology;
import io.tickflow.streams.labels.LabelsTopology;
import io.tickflow.streams.shortdata.ShortFeaturesTopology;
import java.util.Optional;
import org.apache.kafka.streams.Topology;

/**
 * The whole stream graph of tickflow, stage by stage: the one place that shows what runs.
 *
 * <pre>
 * trades ──► bars-dib-processor ──► bars.dib
 *                 │              └─► dead-letter
 *                 └─► labels-processor ──► labels
 *                          ├──► weights-processor ──► weights
 *                          └──► dead-letter
 * bars.1m ──► daily-metrics-processor ──► daily-short-features-processor ──► daily.metrics
 *    │             │                   └─► dead-letter       ▲ (reads, as of each row's time)
 *    │             └─► universe-info-rich-processor ──► universe.info-rich
 *    └─► alerts-processor ──► alerts                (optional stage; alerts.source: bars)
 * (alerts.source: trades, the default: trades ──► alerts-processor ──► alerts)
 * (with daily.minutes: trades: trades ──► daily-trade-minutes-processor ──► daily-metrics-processor)
 * short.volume / ftd / short.interest ──► global point-in-time stores
 * </pre>
 * Labels run downstream of the bars processor in the same task, so they see each session's end exactly when the
 * bars do.
 */
public final class TickflowTopology {
    private TickflowTopology() {
    }

    /**
     * The settings of every stage.
     *
     * @param daily         empty when sessions are not cut ({@code sessions: none}): daily metrics need sessions
     * @param shortFeatures whether the short-data features are joined into daily.metrics (needs the short topics)
     * @param alerts        the alert rules; empty to run no alerts stage
     * @param alertsInput   what the alert rules read: trades, or bars.1m
     */
    public record Stages(DibBarsTopology.Settings bars, LabelsTopology.Settings labels,
                         Optional<DailyMetricsTopology.Settings> daily, boolean shortFeatures,
                         Optional<AlertSettings> alerts, AlertsTopology.Input alertsInput) {
        /** These stages with other bar settings. */
        public Stages withBars(DibBarsTopology.Settings newBars) {
            return new Stages(newBars, labels, daily, shortFeatures, alerts, alertsInput);
        }

        /** The stages with alerts over trades. */
        public Stages(DibBarsTopology.Settings bars, LabelsTopology.Settings labels,
                      Optional<DailyMetricsTopology.Settings> daily, boolean shortFeatures,
                      Optional<AlertSettings> alerts) {
            this(bars, labels, daily, shortFeatures, alerts, AlertsTopology.Input.TRADES);
        }

        /** The stages without alerts. */
        public Stages(DibBarsTopology.Settings bars, LabelsTopology.Settings labels,
                      Optional<DailyMetricsTopology.Settings> daily, boolean shortFeatures) {
            this(bars, labels, daily, shortFeatures, Optional.empty());
        }

        /** The stages without the short-data join. */
        public Stages(DibBarsTopology.Settings bars, LabelsTopology.Settings labels,
                      Optional<DailyMetricsTopology.Settings> daily) {
            this(bars, labels, daily, false);
        }
    }

    /** The whole graph, with Confluent-format serdes whose schemas live in {@code registry}. */
    public static Topology build(Stages stages, SchemaRegistryClient registry) {
        Topology topology = new Topology();
        DibBarsTopology.addTo(topology, stages.bars(), DibBarsTopology.TopicSerdes.of(registry), LabelsTopology.PROCESSOR);
        LabelsTopology.addDownstreamOf(topology, DibBarsTopology.PROCESSOR, stages.labels(),
                LabelsTopology.TopicSerdes.of(registry));
        Optional<ShortFeaturesTopology.TopicSerdes> shortData = stages.shortFeatures()
                ? Optional.of(ShortFeaturesTopology.TopicSerdes.of(registry)) : Optional.empty();
        stages.daily().ifPresent(daily -> DailyMetricsTopology.addTo(topology, daily,
                DailyMetricsTopology.TopicSerdes.of(registry), shortData, Optional.of(DibBarsTopology.SOURCE)));
        // One source node per topic: alerts share the bars stage's trades source, or the daily stage's bars.1m
        // source when it reads minute bars.
        Optional<String> inputSource = stages.alertsInput() == AlertsTopology.Input.TRADES
                ? Optional.of(DibBarsTopology.SOURCE)
                : stages.daily().filter(d -> !d.minutes().fromTrades()).map(d -> DailyMetricsTopology.SOURCE);
        stages.alerts().ifPresent(alerts -> AlertsTopology.addTo(topology, alerts, stages.alertsInput(),
                AlertsTopology.TopicSerdes.of(registry), inputSource));
        return topology;
    }
}
