package io.tickflow.cli.batch;

import io.tickflow.core.daily.Split;
import io.tickflow.core.daily.SplitHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits from a CSV with header {@code ticker,execution_date,split_from,split_to} (the fields of Polygon's splits
 * endpoint and of {@code reference.splits}).
 */
public final class SplitsCsv {
    private SplitsCsv() {
    }

    /** @throws IllegalArgumentException naming the file and line of a malformed row */
    public static Map<String, SplitHistory> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read splits " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals("ticker,execution_date,split_from,split_to")) {
            throw new IllegalArgumentException(file + ": expected header ticker,execution_date,split_from,split_to");
        }
        Map<String, List<Split>> byTicker = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).trim().split(",");
            try {
                byTicker.computeIfAbsent(f[0], t -> new ArrayList<>()).add(new Split(LocalDate.parse(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        Map<String, SplitHistory> out = new HashMap<>();
        byTicker.forEach((ticker, splits) -> out.put(ticker, new SplitHistory(splits)));
        return out;
    }
}
