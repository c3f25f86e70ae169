package io.tickflow.cli.batch;

import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.registry.GeneratedClassTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificData;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/** Reads a daily cache folder ({@code processed/daily_cache/<version>}) back into rows, in path order. */
public final class DailyCacheReader {
    static {
        GeneratedClassTrust.install(); // Avro 1.12 instantiates only classes it trusts
    }

    private DailyCacheReader() {
    }

    /** @throws IllegalArgumentException when the folder does not exist */
    public static List<DailyMetrics> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no daily cache folder " + folder);
        }
        List<DailyMetrics> rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("metrics.parquet")).sorted().toList()) {
                readFile(file, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read daily cache " + folder, e);
        }
        return rows;
    }

    private static void readFile(Path file, List<DailyMetrics> rows) throws IOException {
        try (ParquetReader<DailyMetrics> reader = AvroParquetReader.<DailyMetrics>builder(new LocalInputFile(file),
                new PlainParquetConfiguration()).withDataModel(SpecificData.getForClass(DailyMetrics.class)).build()) {
            for (DailyMetrics r = reader.read(); r != null; r = reader.read()) {
                rows.add(r);
            }
        }
    }
}
