package io.tickflow.streams.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.streams.TickflowTopology;
import io.tickflow.streams.bars.DibBarsTopology;
import io.tickflow.streams.daily.DailyMetricsTopology;
import io.tickflow.streams.labels.LabelsTopology;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TickflowTopologyAlertsTest {

    @Test
    void alertsOverTradesHangOffTheBarsStagesTradesSourceInTheWholeGraph() {
        String graph = TickflowTopology.build(stages(Optional.of(AlertSettings.defaults())),
                new SchemaRegistryClient("http://127.0.0.1:9")).describe().toString();
        assertThat(graph).contains("Processor: " + AlertsTopology.PROCESSOR)
                .contains("Source: " + DibBarsTopology.SOURCE + " (topics: [trades])")
                .contains(AlertsTopology.TRADE_SESSION_STORE)
                .doesNotContain(AlertsTopology.TRADES_SOURCE).doesNotContain(AlertsTopology.SOURCE);
    }

    @Test
    void alertsOverBarsHangOffTheDailyStagesBarsSourceInTheWholeGraph() {
        String graph = TickflowTopology.build(stages(Optional.of(AlertSettings.defaults()), AlertsTopology.Input.BARS),
                new SchemaRegistryClient("http://127.0.0.1:9")).describe().toString();
        assertThat(graph).contains("Processor: " + AlertsTopology.PROCESSOR)
                .contains("Source: " + DailyMetricsTopology.SOURCE + " (topics: [bars.1m])")
                .doesNotContain(AlertsTopology.SOURCE);
    }

    @Test
    void theWholeGraphHasNoAlertsWithoutTheStage() {
        String graph = TickflowTopology.build(stages(Optional.empty()),
                new SchemaRegistryClient("http://127.0.0.1:9")).describe().toString();
        assertThat(graph).doesNotContain(AlertsTopology.PROCESSOR);
    }

    private static TickflowTopology.Stages stages(Optional<AlertSettings> alerts) {
        return stages(alerts, AlertsTopology.Input.TRADES);
    }

    private static TickflowTopology.Stages stages(Optional<AlertSettings> alerts, AlertsTopology.Input input) {
        var bars = new DibBarsTopology.Settings(ImbalanceBarSettings.defaults(), SessionScope.REGULAR,
                Duration.ofMinutes(5), Duration.ofMillis(200));
        var labels = new LabelsTopology.Settings(LabelSettings.defaults(), new WeightSettings(1.0),
                SessionScope.REGULAR, Duration.ofMinutes(5));
        var daily = new DailyMetricsTopology.Settings(SessionScope.REGULAR, Duration.ofMinutes(30), InfoRichRules.defaults());
        return new TickflowTopology.Stages(bars, labels, Optional.of(daily), false, alerts, input);
    }
}
