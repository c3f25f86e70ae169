package io.tickflow.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.Tickflow;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.format.RecordWriter;
import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactCommandTest {

    private static final Schema ROW = SchemaBuilder.record("Row").fields().requiredInt("seq").endRecord();

    @TempDir
    Path root;

    @Test
    void compactsSealedPartitionsOfTheChosenDatasetIntoTheSeedsFileNames() throws IOException {
        Path bars = root.resolve("processed/bars/v1/ticker=A/date=2024-01-02");
        Path labels = root.resolve("processed/labels/v1/ticker=A/date=2024-01-02");
        part(bars, "bars.dib+0+00000000000000000000.parquet", 0);
        part(bars, "bars.dib+0+00000000000000000007.parquet", 1);
        part(labels, "labels+0+00000000000000000000.parquet", 0);
        Files.createFile(bars.resolve("_SUCCESS"));
        Files.createFile(labels.resolve("_SUCCESS"));

        int exit = Tickflow.commandLine().execute("compact", "--root", root.toString(), "--dataset", "bars");

        assertThat(exit).isZero();
        assertThat(names(bars)).containsExactly("_MANIFEST.json", "_SUCCESS", "bars.parquet");
        assertThat(names(labels)).containsExactly("_SUCCESS", "labels+0+00000000000000000000.parquet");
        assertThat(Tickflow.commandLine().execute("compact", "--root", root.toString())).isZero();
        assertThat(names(labels)).containsExactly("_MANIFEST.json", "_SUCCESS", "labels.parquet");
        assertThat(names(root.resolve("processed/bars/v1"))).contains("MANIFEST.json");
    }

    @Test
    void refusesAnUnknownDataset() {
        assertThat(Tickflow.commandLine().execute("compact", "--root", root.toString(), "--dataset", "nope"))
                .isEqualTo(2);
    }

    private static void part(Path folder, String name, int seq) throws IOException {
        Files.createDirectories(folder);
        try (RecordWriter writer = new ParquetFormat(ParquetSettings.DEFAULT).open(new AtomicFile(folder.resolve(name)),
                ROW)) {
            GenericData.Record row = new GenericData.Record(ROW);
            row.put("seq", seq);
            writer.write(row);
            writer.commit();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
