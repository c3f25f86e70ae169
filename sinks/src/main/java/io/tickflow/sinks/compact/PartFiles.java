package io.tickflow.sinks.compact;

import io.tickflow.sinks.commit.FileNamer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/** Reading the Parquet files of one partition folder: which are sink part files, their rows and records. */
final class PartFiles {

    private static final FileNamer NAMER = new FileNamer(".parquet");

    private PartFiles() {
    }

    /** The sink's part files ({@code <topic>+<partition>+<offset>.parquet}) in a folder, sorted by name. */
    static List<Path> partsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> NAMER.parse(f.getFileName().toString()).isPresent()).sorted().toList();
        }
    }

    /** Rows in a Parquet file, from its footer; 0 when the file is absent. */
    static long rows(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getRecordCount();
        }
    }

    /** The Avro schema the file's records read back as. */
    static Schema schema(Path file) throws IOException {
        try (ParquetReader<GenericRecord> reader = open(file)) {
            GenericRecord first = reader.read();
            if (first == null) {
                throw new IOException("no rows in " + file);
            }
            return first.getSchema();
        }
    }

    /** Every record of the file, in file order, handed to {@code sink}. */
    static void copy(Path file, RecordSink sink) throws IOException {
        try (ParquetReader<GenericRecord> reader = open(file)) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                sink.accept(r);
            }
        }
    }

    interface RecordSink {
        void accept(GenericRecord record) throws IOException;
    }

    private static ParquetReader<GenericRecord> open(Path file) throws IOException {
        return AvroParquetReader.genericRecordReader(new LocalInputFile(file), new PlainParquetConfiguration());
    }
}
