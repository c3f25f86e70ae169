package io.tickflow.cli.demo;

import io.tickflow.cli.files.FileTrees;
import io.tickflow.sinks.partition.DatasetLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo's working folder. It is emptied at each run so that runs are repeatable, but only when tickflow made it
 * (a marker file says so): a mistyped {@code --work-dir} never deletes a user's folder.
 */
final class DemoFolders {
    private static final String MARKER = ".tickflow-demo";
    private final Path root;

    DemoFolders(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    void reset() throws IOException {
        if (Files.exists(root)) {
            boolean ours = Files.exists(root.resolve(MARKER));
            try (Stream<Path> entries = Files.list(root)) {
                if (!ours && entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(root + " is not empty and was not made by tickflow demo; "
                            + "choose another --work-dir");
                }
            }
            FileTrees.delete(root);
        }
        Files.createDirectories(root);
        Files.createFile(root.resolve(MARKER));
    }

    Path raw() {
        return root.resolve("raw");
    }

    Path broker() {
        return root.resolve("broker");
    }

    Path state() {
        return root.resolve("state");
    }

    Path connect() {
        return root.resolve("connect");
    }

    Path out() {
        return root.resolve("out");
    }

    Path batch() {
        return root.resolve("batch");
    }

    /** Every Parquet file of a dataset written by the stream run. */
    String streamGlob(DatasetLayout layout, String version) {
        return out().resolve(layout.folderFor(version)) + "/**/*.parquet";
    }

    /** Every Parquet file of a dataset written by the batch run. */
    String batchGlob(DatasetLayout layout, String version) {
        return batch().resolve(layout.folderFor(version)) + "/**/*.parquet";
    }
}
