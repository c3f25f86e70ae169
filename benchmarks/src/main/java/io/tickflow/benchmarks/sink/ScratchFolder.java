package io.tickflow.benchmarks.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temp folders of the sink benchmarks, named {@code tickflow-bench-jmh*} so a cleanup of the benches' finds them. */
final class ScratchFolder {

    private ScratchFolder() {
    }

    static Path create() throws IOException {
        return Files.createTempDirectory("tickflow-bench-jmh");
    }

    /** Deletes {@code folder} and everything under it; nothing when it is absent. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Bytes of the Parquet files under {@code folder}. */
    static long parquetBytes(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(".parquet")).mapToLong(path -> path.toFile().length())
                    .sum();
        }
    }
}
