package io.tickflow.cli.commands;

import io.tickflow.producers.readers.polygon.PolygonFlatFileLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Trade day files named on the command line, folders expanded to the day files below them, in date order. */
final class TradeDayFiles {
    private TradeDayFiles() {
    }

    static List<Path> find(List<Path> paths) throws IOException {
        return find(paths, "trades");
    }

    /** Day files whose path contains {@code kind} (e.g. {@code trades}, {@code minute_aggs}) below folders. */
    static List<Path> find(List<Path> paths, String kind) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().contains(kind) && PolygonFlatFileLayout.dateOf(p).isPresent())
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no " + kind + " day files (YYYY-MM-DD.csv[.gz]) under " + paths);
        }
        return files;
    }
}
