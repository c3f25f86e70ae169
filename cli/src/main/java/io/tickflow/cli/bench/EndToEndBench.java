package io.tickflow.cli.bench;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.TickflowTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Trades per second through the whole stream graph (bars, labels, weights) end to end (produce, process exactly-once, commit), against raw
 * Kafka producing and consuming the same serialized records on the same broker in the same run. Both sides get
 * the same records, keys, partitions and producer settings; only the processing differs.
 */
public final class EndToEndBench {
    private final Path workDir;
    private final TickflowTopology.Stages stages;
    private final int partitions;
    private final java.util.function.Consumer<String> metricsOut;

    public EndToEndBench(Path workDir, TickflowTopology.Stages stages, int partitions) {
        this(workDir, stages, partitions, line -> { });
    }

    /** @param metricsOut receives, after each tickflow round, the Streams metrics of {@link StreamsMetricsReport} */
    public EndToEndBench(Path workDir, TickflowTopology.Stages stages, int partitions,
                         java.util.function.Consumer<String> metricsOut) {
        this.workDir = workDir;
        this.stages = stages;
        this.partitions = partitions;
        this.metricsOut = metricsOut;
    }

    /** One measured round: records and seconds of each side. */
    public record Round(long records, double rawSeconds, double tickflowSeconds) implements ThroughputRound {
    }

    public List<Round> run(List<Path> tradeFiles, int rounds) throws Exception {
        List<Trade> trades = BenchTrades.inReplayOrder(tradeFiles, workDir);
        List<Round> results = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(workDir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            var records = new RawKafkaBaseline.Records<>(Topics.TRADES, trades, Trade::getTicker,
                    t -> t.getSipTs() / 1_000_000L);
            List<byte[]> serialized = records.serialized(client);
            for (int round = 0; round < rounds; round++) {
                double raw = RawKafkaBaseline.seconds(broker.bootstrapServers(), client, records, "bench-raw-" + round,
                        partitions);
                double tickflow = throughTopology(broker.bootstrapServers(), client, records, serialized, round);
                results.add(new Round(trades.size(), raw, tickflow));
            }
        }
        return results;
    }


    private double throughTopology(String bootstrap, SchemaRegistryClient client,
                                   RawKafkaBaseline.Records<Trade> records, List<byte[]> serialized, int round)
            throws Exception {
        String prefix = "bench" + round + "-";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin, (short) 1).ensure(Topics.ALL, t -> partitions);
        }
        // A fresh application id per round: every round starts from empty state and offset 0 of new input.
        StreamsSettings settings = new StreamsSettings(prefix + "app", bootstrap, workDir.resolve(prefix + "state"), 1,
                Duration.ofSeconds(1));
        long start;
        long produced;
        long caughtUp;
        try (StreamsRunner streams = StreamsRunner.start(settings, stages, client)) {
            ThreadCpuTimes cpu = new ThreadCpuTimes();
            start = System.nanoTime();
            RawKafkaBaseline.produce(bootstrap, Topics.TRADES.name(), records, serialized);
            produced = System.nanoTime();
            streams.awaitCaughtUp(Topics.TRADES.name(), Duration.ofMinutes(30));
            caughtUp = System.nanoTime();
            cpu.sinceStart().forEach(line -> metricsOut.accept("round " + round + " " + line));
            StreamsMetricsReport.lines(streams.metrics()).forEach(line -> metricsOut.accept("round " + round + " " + line));
        }
        metricsOut.accept(String.format("round %d produced after %.2f s, caught up after %.2f s, close took %.2f s",
                round, (produced - start) / 1e9, (caughtUp - start) / 1e9, (System.nanoTime() - caughtUp) / 1e9));
        // The clock stops when every output is committed: closing the application afterwards (state flush,
        // RocksDB close, about 1 s) is shutdown, not throughput, and the raw side has no equivalent.
        double seconds = (caughtUp - start) / 1e9;
        deleteInput(bootstrap);
        return seconds;
    }

    /** The next round replays into an empty trades topic, so it measures the same records again. */
    private static void deleteInput(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.deleteTopics(List.of(Topics.TRADES.name(), Topics.BARS_DIB.name())).all().get();
            Thread.sleep(1000); // topic deletion completes asynchronously on the broker
        }
    }
}
