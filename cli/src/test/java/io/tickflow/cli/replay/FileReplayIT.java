package io.tickflow.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.FileReplay;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.producers.replay.FileReplayResult;
import io.tickflow.producers.replay.FileReplaySettings;
import io.tickflow.producers.replay.ReplayFiles;
import io.tickflow.producers.replay.ReplayHook;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.shortdata.ShortVolume;
import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay stopped mid-file (as a kill would: no abort, no further commit) and started again ends with every record
 * in its topic exactly once, in file order per ticker; the rejected file lands once in dead-letter.
 */
@ExtendWith(SharedKafka.class)
class FileReplayIT {

    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
    private static EmbeddedSchemaRegistry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedSchemaRegistry.start(SharedKafka.bootstrapServers(), 0);
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void replayKilledMidFileAndRestartedHoldsEveryRecordExactlyOnce() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent: " + REAL.toAbsolutePath());
        copy("lean_tick/aig/20131007_trade.zip", "aig/20131007_trade.zip");
        copy("lean_tick/ibm/20131007_trade.zip", "ibm/20131007_trade.zip");
        copy("finra_regsho/CNMSshvol20200102.txt", "finra/CNMSshvol20200102.txt");
        copy("finra_regsho/error_bodies/CNMSshvol20210320.txt", "finra/CNMSshvol20210320.txt");
        List<Path> files = ReplayFiles.find(List.of(dir), null, null);
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        String id = "it-" + UUID.randomUUID();
        FileReplaySettings settings = new FileReplaySettings(0, 4_000, Duration.ofSeconds(10), 10_000);

        // files go by date: aig, ibm (2013-10-07), then the FINRA files (2020, 2021). Stop at 30,000 sent: inside
        // the ibm file (aig has 25,351), mid-chunk (chunks of 4,000 events)
        assertThatThrownBy(() -> FileReplay.run(SharedKafka.bootstrapServers(), client, id, files, new ReadOptions(null,
                null, null), settings, 2, p -> { }, sent -> {
                    if (sent == 30_000) {
                        throw new IllegalStateException("killed");
                    }
                })).hasMessage("killed");
        FileReplayResult rest = FileReplay.run(SharedKafka.bootstrapServers(), client, id, files,
                new ReadOptions(null, null, null), settings, 2, p -> { }, ReplayHook.none());

        assertThat(rest.skippedFiles()).isEqualTo(1); // aig was finished before the kill
        Map<String, List<String>> expected = tradesByTicker(files);
        assertThat(expected.values().stream().mapToInt(List::size).sum()).isEqualTo(25_351 + 24_293);
        List<Trade> trades = consume(Topics.TRADES, client, t -> t.getSource().startsWith(dir.toString()));
        assertThat(byTicker(trades)).isEqualTo(expected);
        List<ShortVolume> shorts = consume(Topics.SHORT_VOLUME, client, s -> s.getSourceFile().equals("CNMSshvol20200102.txt"));
        assertThat(shorts).hasSize(8172);
        List<DeadLetter> letters = consume(Topics.DEAD_LETTER, client, d -> d.getSource().startsWith(dir.toString()));
        assertThat(letters).extracting(DeadLetter::getSource).containsExactly(dir.resolve("finra/CNMSshvol20210320.txt").toString());
    }

    private void copy(String from, String to) throws Exception {
        Files.createDirectories(dir.resolve(to).getParent());
        Files.copy(REAL.resolve(from), dir.resolve(to));
    }

    private static Map<String, List<String>> tradesByTicker(List<Path> files) {
        List<Trade> trades = new ArrayList<>();
        for (Path file : files) {
            SourceReaders.read(file, ReadOptions.DETECT, r -> {
                if (r instanceof Trade t) {
                    trades.add(t);
                }
            }, RejectsCsvFileSink.inDirectory(file.getParent().resolve("rejects-" + file.getFileName())));
        }
        return byTicker(trades);
    }

    private static Map<String, List<String>> byTicker(List<Trade> trades) {
        Map<String, List<String>> out = new TreeMap<>();
        trades.forEach(t -> out.computeIfAbsent(t.getTicker(), k -> new ArrayList<>()).add(t.toString()));
        return out;
    }

    private static <V extends org.apache.avro.specific.SpecificRecordBase> List<V> consume(Topic<V> topic,
            SchemaRegistryClient client, Predicate<V> mine) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<V> out = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                topic.valueSerde(client).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (mine.test(r.value())) {
                        out.add(r.value());
                    }
                });
            }
        }
        return out;
    }
}
