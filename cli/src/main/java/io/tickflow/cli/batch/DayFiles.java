package io.tickflow.cli.batch;

import io.tickflow.producers.readers.polygon.PolygonFlatFileLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Polygon day files ({@code YYYY-MM-DD.csv[.gz]}) named directly or found under folders, grouped by date in date
 * order. A batch processes one date at a time, so its memory holds one day of minutes, not years of them.
 */
final class DayFiles {
    private DayFiles() {
    }

    /**
     * @throws IllegalArgumentException when a named file carries no date in its name, or a path does not exist
     */
    static Map<LocalDate, List<Path>> byDate(List<Path> inputs) {
        Map<LocalDate, List<Path>> out = new TreeMap<>();
        for (Path input : inputs) {
            for (Path file : expand(input)) {
                LocalDate date = PolygonFlatFileLayout.dateOf(file).orElseThrow(() ->
                        new IllegalArgumentException("not a day file named YYYY-MM-DD.csv[.gz]: " + file));
                out.computeIfAbsent(date, d -> new ArrayList<>()).add(file);
            }
        }
        out.values().forEach(files -> files.sort(null));
        return out;
    }

    private static List<Path> expand(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("no such file or folder: " + input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> PolygonFlatFileLayout.dateOf(p).isPresent())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }
}
