package io.tickflow.benchmarks.sink;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under the Parquet sink with parquet-java (issue 6): microseconds per trade to write the same
 * {@value SinkWriteBenchmark#RECORDS} trades into the same files as {@link SinkWriteBenchmark#sinkPath} (same cuts,
 * schema, encodings, page and row group sizes), from column arrays through parquet-java's column API: no Kafka, no
 * Avro, no records. ZSTD level 3 (the sink's), level 1, and no compression ({@code zstdLevel} 0) show compression's
 * share.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(SinkWriteBenchmark.RECORDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SinkWriteFloorBenchmark {

    /** ZSTD level of every page; 0 writes them uncompressed. */
    @Param({"3", "1", "0"})
    public int zstdLevel;

    private Path work;
    private Path out;
    private List<TradeColumns> files;
    private TradeColumnsWriter writer;
    private long lastBytes;

    @Setup(Level.Trial)
    public void columns() throws IOException {
        work = ScratchFolder.create();
        files = SinkFileCuts.of(SinkBenchTrades.generate(SinkWriteBenchmark.RECORDS, work)).stream()
                .map(TradeColumns::of).toList();
        writer = new TradeColumnsWriter(PageCompressors.of(zstdLevel));
    }

    @Setup(Level.Invocation)
    public void emptyOutput() throws IOException {
        out = Files.createTempDirectory(work, "out");
    }

    @Benchmark
    public void floor() throws IOException {
        for (int i = 0; i < files.size(); i++) {
            writer.write(out.resolve("part-" + i + ".parquet"), files.get(i));
        }
    }

    @TearDown(Level.Invocation)
    public void dropOutput() throws IOException {
        lastBytes = ScratchFolder.parquetBytes(out);
        ScratchFolder.delete(out);
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        System.out.printf("%nfloor, zstd level %d: %d trades in %d files, %.0f rows a file, %.1f Parquet bytes a trade%n",
                zstdLevel, SinkWriteBenchmark.RECORDS, files.size(), (double) SinkWriteBenchmark.RECORDS / files.size(),
                (double) lastBytes / SinkWriteBenchmark.RECORDS);
        ScratchFolder.delete(work);
    }
}
