package io.tickflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.sinks.partition.PathSafeTicker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the worker for real: {@code tickflow sink} runs in a child JVM on the test class path and is ended with
 * {@link Process#destroyForcibly()} (SIGKILL: no shutdown hook, no final commit) at several points of a replay.
 * After the last run the files must hold every record exactly once, in exactly the files the chunking predicts.
 */
@ExtendWith(SharedKafka.class)
class SinkCrashIT {

    private static final String NAME = "it-crash-sink";
    private static final String TOPIC = "it-crash-sink-bars";
    private static final int PARTITIONS = 2;
    private static final int FLUSH_SIZE = 25;
    private static final List<String> TICKERS = List.of("AAPL", "BRK/B", "ABRpA");
    private static final List<LocalDate> SESSIONS = List.of(SinkScenario.JAN_2, SinkScenario.JAN_3);

    @TempDir
    Path dir;

    private EmbeddedSchemaRegistry registry;
    private SinkScenario scenario;
    private int launches;
    private long launchedAt;

    @BeforeEach
    void start() throws Exception {
        registry = EmbeddedSchemaRegistry.start(SharedKafka.bootstrapServers(), 0);
        scenario = new SinkScenario(SharedKafka.bootstrapServers(), registry.url(), TOPIC, dir.resolve("out"));
        scenario.createTopic(PARTITIONS);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void filesHoldEveryRecordExactlyOnceAfterTheWorkerIsKilledAtSeveralPoints() throws Exception {
        List<ImbalanceBar> bars = bars(); // 600 bars; record i goes to partition i % 2: 300 each, 12 chunks of 25
        scenario.produce(bars.subList(0, 200), partitions(0, 200));

        // 1: killed as soon as the first file is in place, before its offset can have been committed for long
        killWhen(() -> !scenario.files().isEmpty(), "first file in place");
        // 2: killed while the JVM and the worker are still starting
        Process early = launch();
        Thread.sleep(1_000);
        kill(early, "one second after launch");

        scenario.produce(bars.subList(200, 400), partitions(200, 400));
        // 3: killed halfway through catching up with the new records
        killWhen(() -> scenario.rows().size() >= 300, "half of the records in files");

        scenario.produce(bars.subList(400, 600), partitions(400, 600));
        // 4: runs to the end, then is killed too: a kill after the last commit must change nothing
        killWhen(() -> scenario.rows().size() >= 600 && offsetsAtEnd(), "every record in files and committed");

        List<String> rows = scenario.rows();
        assertThat(rows).hasSize(600).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(rows)).isEqualTo(new TreeSet<>(keys(bars)));
        assertThat(scenario.files()).containsExactlyElementsOf(expectedFiles(bars));
        assertThat(scenario.committed(NAME)).isEqualTo(Map.of(0, 300L, 1, 300L));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void killWhen(Check condition, String point) throws Exception {
        Process worker = launch();
        SinkScenario.await(() -> {
            try {
                return condition.holds();
            } catch (Exception notYet) {
                return false;
            }
        }, Duration.ofSeconds(90), point);
        kill(worker, point);
    }

    private void kill(Process worker, String point) throws Exception {
        worker.destroyForcibly().waitFor();
        System.out.printf("killed worker %d after %d ms (%s): %d files, %d rows, committed %s%n", launches,
                (System.nanoTime() - launchedAt) / 1_000_000, point, scenario.files().size(), scenario.rows().size(),
                scenario.committed(NAME));
    }

    private Process launch() throws IOException {
        launches++;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.tickflow.cli.Tickflow", "sink",
                "-b", scenario.bootstrap, "-r", scenario.registryUrl, "--topics", TOPIC,
                "--root", scenario.root.toString(), "--version", "v1", "--flush-size", Integer.toString(FLUSH_SIZE),
                "--commit-interval-ms", "200", "--state", dir.resolve("state").toString(), "--name", NAME));
        scenario.layoutProps().forEach((key, value) -> command.addAll(List.of("-p", key + "=" + value)));
        SinkScenario.FAST_REJOIN.forEach((key, value) -> command.addAll(List.of("-w", key + "=" + value)));
        launchedAt = System.nanoTime();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("worker-" + launches + ".log").toFile()).start();
    }

    private boolean offsetsAtEnd() throws Exception {
        return scenario.committed(NAME).equals(Map.of(0, 300L, 1, 300L));
    }

    /** Seq outermost, so that every chunk of 25 spans several tickers and sessions. */
    private static List<ImbalanceBar> bars() {
        List<ImbalanceBar> bars = new ArrayList<>();
        for (int seq = 0; seq < 100; seq++) {
            for (String ticker : TICKERS) {
                for (LocalDate session : SESSIONS) {
                    bars.add(SinkScenario.bar(ticker, session, seq));
                }
            }
        }
        return bars;
    }

    private static List<Integer> partitions(int from, int to) {
        List<Integer> partitions = new ArrayList<>();
        for (int i = from; i < to; i++) {
            partitions.add(i % PARTITIONS);
        }
        return partitions;
    }

    private static List<String> keys(List<ImbalanceBar> bars) {
        return bars.stream().map(b -> b.getTicker() + "|" + b.getSession() + "|" + b.getSeq()).toList();
    }

    /** Per partition, chunks of 25 offsets; per chunk, one file per folder named by its first offset there. */
    private static List<String> expectedFiles(List<ImbalanceBar> bars) {
        TreeSet<String> files = new TreeSet<>();
        for (int p = 0; p < PARTITIONS; p++) {
            Map<String, Long> firstOffsetByFolder = new LinkedHashMap<>();
            long offset = 0;
            for (int i = p; i < bars.size(); i += PARTITIONS, offset++) {
                if (offset % FLUSH_SIZE == 0) {
                    addFiles(files, firstOffsetByFolder, p);
                }
                ImbalanceBar bar = bars.get(i);
                String folder = "ticker=" + PathSafeTicker.encode(bar.getTicker()) + "/date=" + bar.getSession();
                firstOffsetByFolder.putIfAbsent(folder, offset);
            }
            addFiles(files, firstOffsetByFolder, p);
        }
        return new ArrayList<>(files);
    }

    private static void addFiles(TreeSet<String> files, Map<String, Long> firstOffsetByFolder, int partition) {
        firstOffsetByFolder.forEach((folder, first) -> files.add(
                String.format(Locale.ROOT, "%s/%s+%d+%020d.parquet", folder, TOPIC, partition, first)));
        firstOffsetByFolder.clear();
    }
}
