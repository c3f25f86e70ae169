package io.tickflow.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.cli.run.LiveRun;
import io.tickflow.streams.StreamsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code streams.processing_guarantee} and {@code streams.commit_interval_ms}, and what live builds from them. */
class StreamsConfigTest {
    @TempDir
    Path dir;

    private TickflowConfig.Streams load(String yaml) throws Exception {
        Path file = dir.resolve("streams.yaml");
        Files.writeString(file, yaml);
        return TickflowConfig.load(file).streams();
    }

    @Test
    void defaultsAreExactlyOnceWithOneSecondCommits() {
        TickflowConfig.Streams streams = TickflowConfig.defaults().streams();
        assertThat(streams.guarantee()).isEqualTo(StreamsSettings.Guarantee.EXACTLY_ONCE);
        assertThat(streams.commitInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void atLeastOnceDefaultsToKafkaStreamsThirtySecondCommits() throws Exception {
        TickflowConfig.Streams streams = load("streams:\n  processing_guarantee: at_least_once\n");
        assertThat(streams.guarantee()).isEqualTo(StreamsSettings.Guarantee.AT_LEAST_ONCE);
        assertThat(streams.commitInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anExplicitCommitIntervalWinsOverAuto() throws Exception {
        TickflowConfig.Streams streams = load("streams:\n  processing_guarantee: at_least_once\n"
                + "  commit_interval_ms: 5000\n");
        assertThat(streams.commitInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void exactlyOnceCanBeSpelledOut() throws Exception {
        TickflowConfig.Streams streams = load("streams:\n  processing_guarantee: exactly_once_v2\n"
                + "  commit_interval_ms: 100\n");
        assertThat(streams.guarantee()).isEqualTo(StreamsSettings.Guarantee.EXACTLY_ONCE);
        assertThat(streams.commitInterval()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void anUnknownGuaranteeIsRefusedNamingTheKeyAndTheChoices() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "streams:\n  processing_guarantee: exactly_once\n");
        assertThatThrownBy(() -> TickflowConfig.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("streams.processing_guarantee must be exactly_once_v2 or at_least_once: "
                        + "exactly_once");
    }

    @Test
    void aCommitIntervalThatIsNotAWholePositiveNumberIsRefused() throws Exception {
        Path file = dir.resolve("bad-interval.yaml");
        Files.writeString(file, "streams:\n  commit_interval_ms: 0\n");
        assertThatThrownBy(() -> TickflowConfig.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("streams.commit_interval_ms must be auto or a whole number of ms >= 1: 0");
    }

    @Test
    void settingsCarryTheGuaranteeTheIntervalAndTheCommandLineOverrides() throws Exception {
        StreamsSettings settings = load("streams:\n  processing_guarantee: at_least_once\n")
                .settings("mine", "127.0.0.1:9092", null);
        assertThat(settings.applicationId()).isEqualTo("mine");
        assertThat(settings.stateDir()).isEqualTo(Path.of("tickflow-data/state"));
        assertThat(settings.guarantee()).isEqualTo(StreamsSettings.Guarantee.AT_LEAST_ONCE);
        assertThat(settings.commitInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void liveAtLeastOnceSendsAtOnceAndFetchesWithinFiveMs() throws Exception {
        Properties p = LiveRun.streamsProperties(load("streams:\n  processing_guarantee: at_least_once\n")
                .settings(null, "127.0.0.1:9092", null));
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.AT_LEAST_ONCE);
        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(30_000L);
        assertThat(p.get(StreamsConfig.producerPrefix("linger.ms"))).isEqualTo(0);
        assertThat(p.get(StreamsConfig.consumerPrefix("fetch.max.wait.ms"))).isEqualTo(5);
        assertThat(p.get(StreamsConfig.consumerPrefix("auto.offset.reset"))).isEqualTo("earliest");
    }

    @Test
    void liveExactlyOnceKeepsTheDefaultProperties() {
        StreamsSettings settings = TickflowConfig.defaults().streams().settings(null, "127.0.0.1:9092", null);
        Properties p = LiveRun.streamsProperties(settings);
        assertThat(p).isEqualTo(settings.toProperties());
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(1000L);
        assertThat(p.get(StreamsConfig.producerPrefix("linger.ms"))).isEqualTo(20);
        assertThat(p).doesNotContainKey(StreamsConfig.consumerPrefix("fetch.max.wait.ms"));
    }
}
