package io.tickflow.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.streams.alerts.AlertsTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsConfigTest {
    @TempDir
    Path dir;

    @Test
    void bundledAlertDefaultsAreCoresDefaultsAndTheStageRuns() {
        TickflowConfig cfg = TickflowConfig.defaults();
        assertThat(cfg.alertSettings()).contains(AlertSettings.defaults());
        assertThat(cfg.stages().alerts()).contains(AlertSettings.defaults());
    }

    @Test
    void alertsReadTradesByDefaultAndMinuteBarsWhenLiveHasNoTrades() throws Exception {
        assertThat(TickflowConfig.defaults().stages().alertsInput()).isEqualTo(AlertsTopology.Input.TRADES);
        Path file = dir.resolve("aggregates-only.yaml");
        Files.writeString(file, "live:\n  trades: false\n");
        assertThat(TickflowConfig.load(file).stages().alertsInput()).isEqualTo(AlertsTopology.Input.BARS);
        Files.writeString(file, "alerts:\n  source: bars\n");
        assertThat(TickflowConfig.load(file).alertsInput()).isEqualTo(AlertsTopology.Input.BARS);
    }

    @Test
    void disablingAlertsRemovesTheStage() throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "alerts:\n  enabled: false\n");
        assertThat(TickflowConfig.load(file).stages().alerts()).isEmpty();
    }
}
