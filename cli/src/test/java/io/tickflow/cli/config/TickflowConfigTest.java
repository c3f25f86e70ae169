package io.tickflow.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.bars.ImbalanceBarMode;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.streams.TickflowTopology;
import io.tickflow.streams.daily.DailyMetricsTopology;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickflowConfigTest {
    @TempDir
    Path dir;

    @Test
    void bundledDefaultsAreCoresDefaults() {
        TickflowConfig cfg = TickflowConfig.defaults();
        assertThat(cfg.bars().settings()).isEqualTo(ImbalanceBarSettings.defaults());
        assertThat(cfg.labels().settings()).isEqualTo(LabelSettings.defaults());
        assertThat(cfg.weights().settings()).isEqualTo(WeightSettings.defaults());
        assertThat(cfg.sessions().scope()).isEqualTo(SessionScope.REGULAR);
        assertThat(cfg.output().version()).isEqualTo("v1_2020_2025");
    }

    @Test
    void theRepositoryConfigFileIsTheBundledOne() throws Exception {
        Path repoFile = Path.of("../config/tickflow.yaml");
        Path bundled = Path.of("src/main/resources/io/tickflow/cli/config/tickflow.yaml");
        assertThat(Files.readString(repoFile)).isEqualTo(Files.readString(bundled));
    }

    @Test
    void aUserFileOverridesOnlyTheKeysItNames() throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "bars:\n  mode: mlfinlab\n  min_ticks: 1\nsessions:\n  scope: none\n");
        TickflowConfig cfg = TickflowConfig.load(file);
        assertThat(cfg.bars().mode()).isEqualTo(ImbalanceBarMode.MLFINLAB);
        assertThat(cfg.bars().minTicks()).isEqualTo(1);
        assertThat(cfg.bars().imbalanceWindow()).isEqualTo(10_000);
        assertThat(cfg.sessions().scope()).isEqualTo(SessionScope.NONE);
        assertThat(cfg.sessions().graceMinutes()).isEqualTo(5);
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheFileAndKey() throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "bars:\n  min_tick: 5\n");
        assertThatThrownBy(() -> TickflowConfig.load(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typo.yaml").hasMessageContaining("min_tick");
    }

    @Test
    void anInvalidValueIsRefusedByTheSettingsRecord() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "bars:\n  min_ticks: 0\n");
        assertThatThrownBy(() -> TickflowConfig.load(file).bars().settings())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_ticks");
    }

    @Test
    void dailyFromTradesHangsTheTradeMinutesUnderTheBarsTradesSource() throws Exception {
        Path file = dir.resolve("live.yaml");
        Files.writeString(file, "daily:\n  minutes: trades\n");
        TickflowConfig cfg = TickflowConfig.load(file);
        assertThat(cfg.daily().minuteInput()).isEqualTo(DailyMetricsTopology.MinuteInput.trades(Duration.ofSeconds(5)));
        String graph = TickflowTopology.build(cfg.stages(), new SchemaRegistryClient("http://127.0.0.1:1"))
                .describe().toString();
        assertThat(graph).contains(DailyMetricsTopology.TRADE_MINUTES_PROCESSOR)
                .doesNotContain(DailyMetricsTopology.TRADES_SOURCE);
    }

    @Test
    void anUnknownDailyMinuteInputIsRefused() throws Exception {
        Path file = dir.resolve("bad-daily.yaml");
        Files.writeString(file, "daily:\n  minutes: ticks\n");
        assertThatThrownBy(() -> TickflowConfig.load(file).stages())
                .hasMessageContaining("daily.minutes must be bars_1m or trades: ticks");
    }
}
