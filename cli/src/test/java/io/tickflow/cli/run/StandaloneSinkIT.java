package io.tickflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.schemas.bars.ImbalanceBar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Connect standalone in this JVM with the Parquet sink, on the shared broker and an embedded registry. */
@ExtendWith(SharedKafka.class)
class StandaloneSinkIT {

    private static final String NAME = "it-standalone-sink";
    private static final String TOPIC = "it-standalone-sink-bars";

    @TempDir
    Path dir;

    private EmbeddedSchemaRegistry registry;
    private SinkScenario scenario;

    @BeforeEach
    void start() throws Exception {
        registry = EmbeddedSchemaRegistry.start(SharedKafka.bootstrapServers(), 0);
        scenario = new SinkScenario(SharedKafka.bootstrapServers(), registry.url(), TOPIC, dir.resolve("out"));
        scenario.createTopic(1);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void landsExactFilesAndRowsAndRewritesTheSameBytesAfterTheOffsetsAreRewound() throws Exception {
        // offsets 0-3 AAPL 01-02 seq 0-3, 4-7 BRK/B 01-02 seq 0-3, 8-11 AAPL 01-03 seq 0-3; flush.size 4
        List<ImbalanceBar> bars = new ArrayList<>();
        for (String ticker : List.of("AAPL", "BRK/B")) {
            for (int seq = 0; seq < 4; seq++) {
                bars.add(SinkScenario.bar(ticker, SinkScenario.JAN_2, seq));
            }
        }
        for (int seq = 0; seq < 4; seq++) {
            bars.add(SinkScenario.bar("AAPL", SinkScenario.JAN_3, seq));
        }
        scenario.produce(bars, Collections.nCopies(12, 0));

        Map<String, byte[]> first = runUntilCommitted(12);
        assertThat(first.keySet()).containsExactly(
                "ticker=AAPL/date=2024-01-02/" + TOPIC + "+0+00000000000000000000.parquet",
                "ticker=AAPL/date=2024-01-03/" + TOPIC + "+0+00000000000000000008.parquet",
                "ticker=BRK%2FB/date=2024-01-02/" + TOPIC + "+0+00000000000000000004.parquet");
        assertThat(scenario.rowsOf("ticker=BRK%2FB/date=2024-01-02/" + TOPIC + "+0+00000000000000000004.parquet"))
                .containsExactly("BRK/B|2024-01-02|0", "BRK/B|2024-01-02|1", "BRK/B|2024-01-02|2", "BRK/B|2024-01-02|3");

        // Kafka's FileStreamSinkConnectorIntegrationTest rewinds offsets and expects the records again; here the
        // rewritten files must be the same files with the same bytes.
        scenario.rewind(NAME, Set.of(0));
        Map<String, byte[]> second = runUntilCommitted(12);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    /** Starts the sink, waits until offset {@code end} is committed (so its files are in place), stops it. */
    private Map<String, byte[]> runUntilCommitted(long end) throws Exception {
        try (StandaloneSink sink = StandaloneSink.start(scenario.settings(4, dir.resolve("state"), NAME))) {
            SinkScenario.await(() -> committedOffset() == end, Duration.ofSeconds(60), "offset " + end + " committed");
        }
        Map<String, byte[]> bytes = new TreeMap<>();
        for (String file : scenario.files()) {
            bytes.put(file, Files.readAllBytes(scenario.root.resolve("bars/v1").resolve(file)));
        }
        return bytes;
    }

    private long committedOffset() {
        try {
            return scenario.committed(NAME).getOrDefault(0, -1L);
        } catch (Exception notYet) {
            return -1;
        }
    }
}
