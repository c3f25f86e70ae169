package io.tickflow.benchmarks.sink;

import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.GenericAvroDeserializer;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Microseconds per trade of the Parquet sink's own work on one thread, below Kafka Connect (issue 6): {@link #sinkPath}
 * lands {@value #RECORDS} trades of the sink bench, given as the topic's bytes, with the sink's decoder, partitioner,
 * partition writers, ParquetFormat (ZSTD level 3, the defaults) and manifests into files of about 4,000 rows, as
 * {@code ParquetSinkTask.put} would with two partitions; {@link #avroDecode} is the decoding alone. Compare with
 * {@link SinkWriteFloorBenchmark}, which writes the same files from column arrays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(SinkWriteBenchmark.RECORDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SinkWriteBenchmark {
    /** Trades per invocation: about four sessions of the bench's eight tickers at scale 4. */
    static final int RECORDS = 200_000;

    private Path work;
    private Path out;
    private SinkBenchTrades trades;
    private long[] timestampsMs;
    private SingleSchemaRegistry registry;
    private GenericAvroDeserializer deserializer;
    private final ParquetFormat format = new ParquetFormat(ParquetSettings.DEFAULT);
    private SinkWithoutConnect lastLanding;
    private long lastBytes;

    @Setup(Level.Trial)
    public void trades() throws IOException {
        work = ScratchFolder.create();
        trades = SinkBenchTrades.generate(RECORDS, work);
        timestampsMs = trades.trades().stream().mapToLong(SinkBenchTrades::timestampMs).toArray();
        registry = new SingleSchemaRegistry(Trade.getClassSchema());
        deserializer = new GenericAvroDeserializer(new SchemaRegistryClient(registry.url()));
    }

    @Setup(Level.Invocation)
    public void emptyOutput() throws IOException {
        out = Files.createTempDirectory(work, "out");
    }

    @Benchmark
    public SinkWithoutConnect sinkPath() throws IOException {
        SinkWithoutConnect sink = new SinkWithoutConnect(out, format, deserializer, SinkBenchTrades.PARTITIONS);
        long[] nextOffsets = new long[SinkBenchTrades.PARTITIONS];
        List<byte[]> values = trades.values();
        int[] partitions = trades.partitions();
        for (int i = 0; i < RECORDS; i++) {
            int p = partitions[i];
            sink.put(p, nextOffsets[p]++, values.get(i), timestampsMs[i]);
        }
        sink.flush();
        lastLanding = sink;
        return sink;
    }

    @Benchmark
    public void avroDecode(Blackhole hole) {
        for (byte[] value : trades.values()) {
            hole.consume(deserializer.deserialize(SinkWithoutConnect.TOPIC, value));
        }
    }

    @TearDown(Level.Invocation)
    public void dropOutput() throws IOException {
        lastBytes = ScratchFolder.parquetBytes(out);
        ScratchFolder.delete(out);
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        if (lastLanding != null) {
            System.out.printf("%nsink path: %d trades in %d files, %.0f rows a file, %.1f Parquet bytes a trade%n",
                    RECORDS, lastLanding.files(), (double) RECORDS / lastLanding.files(), (double) lastBytes / RECORDS);
        }
        registry.close();
        ScratchFolder.delete(work);
    }
}
