package io.tickflow.cli.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickflow.schemas.dataset.DatasetRow;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.format.RecordWriter;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code processed/datasets/global/dataset_<version>.parquet} and {@code meta_<version>.json}: generation
 * time, row counts, date range, the configuration used, and a fingerprint of every input folder (file names and
 * sizes), so a dataset can be traced to what built it.
 */
public final class DatasetOutput {
    static final String FOLDER = "processed/datasets/global";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DatasetOutput() {
    }

    /** @return the dataset file written */
    public static Path write(Path root, String version, DatasetBatch.Result result, ObjectNode configuration,
                             List<Path> inputs) throws IOException {
        LocalStorage storage = new LocalStorage(root);
        var file = storage.atomicFile(PartitionPath.parse(FOLDER), "dataset_" + version + ".parquet");
        try (RecordWriter writer = new ParquetFormat(ParquetSettings.DEFAULT).open(file, DatasetRow.getClassSchema())) {
            for (DatasetRow row : result.rows()) {
                writer.write(row);
            }
            writer.commit();
        }
        writeMeta(storage.folder(FOLDER).resolve("meta_" + version + ".json"), version, result, configuration, inputs);
        return file.target();
    }

    private static void writeMeta(Path meta, String version, DatasetBatch.Result r, ObjectNode configuration,
                                  List<Path> inputs) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("version", version);
        m.put("generated_at", Instant.now().toString());
        m.put("rows", r.rows().size());
        m.put("labels", r.labels());
        m.put("labels_without_bar", r.withoutBar());
        m.put("labels_without_weight", r.withoutWeight());
        m.put("bars", r.bars());
        m.put("daily_rows", r.dailyRows());
        m.put("tickers", r.rows().stream().map(DatasetRow::getTicker).distinct().count());
        r.rows().stream().map(DatasetRow::getSession).min(Comparable::compareTo)
                .ifPresent(d -> m.put("first_session", d.toString()));
        r.rows().stream().map(DatasetRow::getSession).max(Comparable::compareTo)
                .ifPresent(d -> m.put("last_session", d.toString()));
        m.set("configuration", configuration);
        ObjectNode prints = m.putObject("source_fingerprints");
        for (Path input : inputs) {
            prints.put(input.toString(), fingerprint(input));
        }
        Path temp = meta.resolveSibling("." + meta.getFileName() + ".tmp");
        Files.writeString(temp, JSON.writeValueAsString(m), StandardCharsets.UTF_8);
        Files.move(temp, meta, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** SHA-256 over the sorted relative names and sizes of a folder's files; "absent" when it does not exist. */
    static String fingerprint(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "absent";
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update((folder.relativize(p) + ":" + Files.size(p) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
