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
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().contains("trades") && PolygonFlatFileLayout.dateOf(p).isPresent())
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no trade day files (YYYY-MM-DD.csv[.gz]) under " + paths);
        }
        return files;
    }
}
