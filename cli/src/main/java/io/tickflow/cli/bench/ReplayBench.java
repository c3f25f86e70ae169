package io.tickflow.cli.bench;

import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.FileReplay;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.producers.replay.FileReplayResult;
import io.tickflow.producers.replay.FileReplaySettings;
import io.tickflow.producers.replay.ReplayHook;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Parse-and-produce throughput of {@code tickflow replay} over trades, from the Polygon CSV.gz day files and from the
 * same trades in the seed's Parquet layout (one file per ticker-day), each against a plain Kafka producer sending
 * the same records (the bytes, keys and record times the replay sends, read and serialized before any timing) with
 * the same producer settings to the same broker in the same round. The plain producer runs twice: without
 * transactions (the baseline of the ratio) and with transactions of the replay's size (what exactly-once costs by
 * itself). Also reports the peak heap used (all heap pools' peaks, reset before each replay; the bench's own copies
 * of the trades are part of it).
 */
public final class ReplayBench {

    /** What the replay reads. */
    public enum Input {
        CSV_GZ, PARQUET;

        /** Parses {@code csv} or {@code parquet}. */
        public static Input of(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "csv", "csv.gz", "csv_gz" -> CSV_GZ;
                case "parquet" -> PARQUET;
                default -> throw new IllegalArgumentException("replay input must be csv or parquet, was " + name);
            };
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Path workDir;
    private final int partitions;
    private final FileReplaySettings settings;

    /** @param settings the replay's settings; its chunk size is also the transactional plain producer's */
    public ReplayBench(Path workDir, int partitions, FileReplaySettings settings) {
        this.workDir = workDir;
        this.partitions = partitions;
        this.settings = settings;
    }

    /**
     * One round of one input: records, their mean key + value bytes, seconds of each side, peak heap bytes during
     * the replay, and the CPU time of the whole process (broker included: it shares the JVM) per record while the
     * plain producer and while the replay sent, in µs. The CPU figures say what the replay costs over plain sending
     * when a contended machine makes the seconds unreliable; and the same for the sending thread alone (the plain
     * producer's loop; the replay's thread that serializes and sends, its reading runs on others).
     */
    public record Round(Input input, int files, long records, double bytesPerRecord, double plainSeconds,
                        double plainTransactionalSeconds, double replaySeconds, long replayPeakHeapBytes,
                        double plainCpuMicros, double replayCpuMicros, double plainSenderCpuMicros,
                        double replaySenderCpuMicros) {
        public double plainPerSecond() {
            return records / plainSeconds;
        }

        public double plainTransactionalPerSecond() {
            return records / plainTransactionalSeconds;
        }

        public double replayPerSecond() {
            return records / replaySeconds;
        }

        /** Replay throughput over the plain (non-transactional) producer's: the goal is 70%. */
        public double ratio() {
            return plainSeconds / replaySeconds;
        }

        /** Replay throughput over the transactional plain producer's. */
        public double transactionalRatio() {
            return plainTransactionalSeconds / replaySeconds;
        }
    }

    /** The files of one input and the trades a replay of them sends, serialized once before timing. */
    private record Prepared(Input input, List<Path> files, List<Trade> trades, List<byte[]> values, double bytesPerRecord) {
    }

    /** Runs {@code rounds} rounds; in each, every input in turn (plain, replay, transactional plain). */
    public List<Round> run(List<Path> csvFiles, List<Input> inputs, int rounds) throws Exception {
        List<Round> results = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(workDir.resolve("broker")));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            List<Prepared> prepared = new ArrayList<>();
            for (Input input : inputs) {
                List<Path> files = input == Input.CSV_GZ ? csvFiles
                        : ParquetTradeFiles.write(BenchTrades.inFileOrder(csvFiles, workDir), workDir.resolve("parquet"));
                prepared.add(prepare(client, input, files));
            }
            for (int round = 0; round < rounds; round++) {
                for (Prepared p : prepared) {
                    results.add(round(broker.bootstrapServers(), client, p, round));
                }
            }
        }
        return results;
    }

    private Round round(String bootstrap, SchemaRegistryClient client, Prepared p, int round) throws Exception {
        String name = p.input().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + round;
        PlainTradeProducer plain = new PlainTradeProducer(bootstrap);
        RawKafkaBaseline.createTopic(bootstrap, "bench-plain-" + name, partitions);
        long plainCpu = ThreadCpuTimes.processCpuNanos();
        long plainSenderCpu = THREADS.getCurrentThreadCpuTime();
        double plainSeconds = plain.send("bench-plain-" + name, p.trades(), p.values());
        plainSenderCpu = THREADS.getCurrentThreadCpuTime() - plainSenderCpu;
        plainCpu = ThreadCpuTimes.processCpuNanos() - plainCpu;
        resetPeaks();
        long replayCpu = ThreadCpuTimes.processCpuNanos();
        long replaySenderCpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        FileReplayResult result = FileReplay.run(bootstrap, client, "bench-" + name + "-" + System.nanoTime(),
                p.files(), ReadOptions.DETECT, settings, partitions, progress -> { }, ReplayHook.none());
        double replaySeconds = (System.nanoTime() - start) / 1e9;
        replaySenderCpu = THREADS.getCurrentThreadCpuTime() - replaySenderCpu;
        replayCpu = ThreadCpuTimes.processCpuNanos() - replayCpu;
        long peak = peakHeap();
        if (result.sent() != p.trades().size() || result.deadLetters() != 0) {
            throw new IllegalStateException("replay of " + p.input() + " sent " + result.sent() + " of "
                    + p.trades().size() + " (" + result.deadLetters() + " dead letters)");
        }
        RawKafkaBaseline.createTopic(bootstrap, "bench-plain-txn-" + name, partitions);
        double transactionalSeconds = plain.sendTransactional("bench-plain-txn-" + name, "bench-plain-txn-" + name,
                p.trades(), p.values(), settings.chunkRecords());
        return new Round(p.input(), p.files().size(), p.trades().size(), p.bytesPerRecord(), plainSeconds,
                transactionalSeconds, replaySeconds, peak, plainCpu / 1e3 / p.trades().size(),
                replayCpu / 1e3 / p.trades().size(), plainSenderCpu / 1e3 / p.trades().size(),
                replaySenderCpu / 1e3 / p.trades().size());
    }

    private Prepared prepare(SchemaRegistryClient client, Input input, List<Path> files) {
        List<Trade> trades = input == Input.CSV_GZ ? BenchTrades.inFileOrder(files, workDir) : asReplayedFrom(files);
        Serializer<Trade> serializer = Topics.TRADES.valueSerde(client).serializer();
        List<byte[]> values = new ArrayList<>(trades.size());
        long bytes = 0;
        for (Trade t : trades) {
            byte[] value = serializer.serialize(Topics.TRADES.name(), t);
            values.add(value);
            bytes += value.length + t.getTicker().getBytes(StandardCharsets.UTF_8).length;
        }
        return new Prepared(input, files, trades, values, (double) bytes / Math.max(1, trades.size()));
    }

    /** The trades of {@code files} as the replay's reader gives them (source = each file), in file order. */
    private List<Trade> asReplayedFrom(List<Path> files) {
        List<Trade> trades = new ArrayList<>();
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(workDir)) {
            files.forEach(f -> SourceReaders.read(f, ReadOptions.DETECT, r -> trades.add((Trade) r), rejects));
        }
        return trades;
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
