package io.tickflow.cli.batch;

import io.tickflow.core.universe.MarketCapHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Market caps from a CSV with header {@code ticker,date,market_cap} (the fields of {@code reference.market-cap}),
 * USD, one value per ticker and date.
 */
public final class MarketCapCsv {
    static final String HEADER = "ticker,date,market_cap";

    private MarketCapCsv() {
    }

    /** @throws IllegalArgumentException naming the file and line of a malformed row or a repeated ticker-date */
    public static Map<String, MarketCapHistory> read(Path file) {
        List<String> lines = ReferenceCsv.lines(file, HEADER, "market caps");
        Map<String, Map<LocalDate, Double>> byTicker = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                addRow(byTicker, lines.get(i).trim().split(",", -1), file, i + 1);
            }
        }
        Map<String, MarketCapHistory> out = new HashMap<>();
        byTicker.forEach((ticker, caps) -> out.put(ticker, new MarketCapHistory(caps)));
        return out;
    }

    private static void addRow(Map<String, Map<LocalDate, Double>> byTicker, String[] f, Path file, int line) {
        try {
            if (f.length != 3 || f[0].isBlank()) {
                throw new IllegalArgumentException("expected 3 fields ticker,date,market_cap");
            }
            double cap = Double.parseDouble(f[2]);
            if (!(cap >= 0) || Double.isInfinite(cap)) {
                throw new IllegalArgumentException("market_cap must be finite and >= 0: " + f[2]);
            }
            Double before = byTicker.computeIfAbsent(f[0], t -> new HashMap<>()).put(LocalDate.parse(f[1]), cap);
            if (before != null) {
                throw new IllegalArgumentException("second value for " + f[0] + " on " + f[1]);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
        }
    }
}
