package io.tickflow.cli.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Bytes of the regular files under a folder: the disk a state store (RocksDB SSTs, checkpoints) takes. */
final class DirectorySize {
    private DirectorySize() {
    }

    /**
     * @return total size in bytes; 0 when the folder does not exist (yet). Files that vanish during the walk (RocksDB
     * deletes SSTs after compactions) are skipped rather than failing the scrape.
     */
    static long of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        long[] total = {0};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.isRegularFile() ? attrs.size() : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException gone) {
            return total[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total[0];
    }
}
