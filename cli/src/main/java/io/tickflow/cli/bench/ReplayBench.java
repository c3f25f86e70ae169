package io.tickflow.cli.bench;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.FileReplay;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.replay.FileReplayResult;
import io.tickflow.producers.replay.FileReplaySettings;
import io.tickflow.producers.replay.ReplayHook;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Parse-and-produce throughput of {@code tickflow replay} over Polygon trade CSV.gz day files against a plain Kafka
 * producer sending the same number of records, of the same serialized bytes and keys, with the same producer
 * settings (minus transactions), to the same broker in the same run. Also reports the peak heap used (all heap
 * pools' peaks, reset before each replay).
 */
public final class ReplayBench {
    private final Path workDir;
    private final int partitions;

    public ReplayBench(Path workDir, int partitions) {
        this.workDir = workDir;
        this.partitions = partitions;
    }

    /** One round: records, seconds of each side, peak heap bytes during the replay. */
    public record Round(long records, double plainSeconds, double replaySeconds, long replayPeakHeapBytes) {
        public double plainPerSecond() {
            return records / plainSeconds;
        }

        public double replayPerSecond() {
            return records / replaySeconds;
        }

        public double ratio() {
            return plainSeconds / replaySeconds;
        }
    }

    public List<Round> run(List<Path> tradeFiles, int rounds) throws Exception {
        List<Round> results = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(workDir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            List<Trade> trades = BenchTrades.inFileOrder(tradeFiles, workDir);
            List<byte[]> values = serialize(client, trades);
            for (int round = 0; round < rounds; round++) {
                double plain = plainProduce(broker.bootstrapServers(), trades, values, "bench-plain-" + round);
                resetPeaks();
                long start = System.nanoTime();
                FileReplayResult result = FileReplay.run(broker.bootstrapServers(), client, "bench-" + round + "-"
                        + System.nanoTime(), tradeFiles, ReadOptions.DETECT, FileReplaySettings.defaults(), partitions,
                        p -> { }, ReplayHook.none());
                double replay = (System.nanoTime() - start) / 1e9;
                if (result.sent() != trades.size()) {
                    throw new IllegalStateException("replay sent " + result.sent() + " of " + trades.size());
                }
                results.add(new Round(trades.size(), plain, replay, peakHeap()));
            }
        }
        return results;
    }


    private static List<byte[]> serialize(SchemaRegistryClient client, List<Trade> trades) {
        Serializer<Trade> serializer = Topics.TRADES.valueSerde(client).serializer();
        List<byte[]> out = new ArrayList<>(trades.size());
        trades.forEach(t -> out.add(serializer.serialize(Topics.TRADES.name(), t)));
        return out;
    }

    /** Sends pre-serialized values and waits for every acknowledgement (close flushes). */
    private double plainProduce(String bootstrap, List<Trade> trades, List<byte[]> values, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        long start = System.nanoTime();
        try (Producer<String, byte[]> producer = ReplayProducerFactory.create(bootstrap, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, null, trades.get(i).getSipTs() / 1_000_000L,
                        trades.get(i).getTicker(), values.get(i)));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
