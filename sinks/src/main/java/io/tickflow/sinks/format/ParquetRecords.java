package io.tickflow.sinks.format;

import io.tickflow.schemas.registry.GeneratedClassTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/** Reads the layout's Parquet files back into the generated Avro classes they were written from. */
public final class ParquetRecords {
    static {
        GeneratedClassTrust.install(); // Avro 1.12 instantiates only classes it trusts
    }

    private ParquetRecords() {
    }

    /** Every record of every {@code .parquet} file below {@code folder} (path order); empty when it is absent. */
    public static <T extends SpecificRecordBase> List<T> readFolder(Path folder, Class<T> type) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<T> records = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(ParquetRecords::isDataFile).sorted().toList()) {
                readFile(file, type, records);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return records;
    }

    private static boolean isDataFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_");
    }

    private static <T extends SpecificRecordBase> void readFile(Path file, Class<T> type, List<T> into) throws IOException {
        try (ParquetReader<T> reader = AvroParquetReader.<T>builder(new LocalInputFile(file), new PlainParquetConfiguration())
                .withDataModel(SpecificData.getForClass(type)).build()) {
            for (T r = reader.read(); r != null; r = reader.read()) {
                into.add(r);
            }
        }
    }
}
