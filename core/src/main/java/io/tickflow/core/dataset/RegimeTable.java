package io.tickflow.core.dataset;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Date → regime label (the seed's {@code regime} column: e.g. {@code crisis_2008}, {@code qe_era},
 * {@code meme_era}): each entry starts a regime that lasts until the next entry. Dates before the first entry
 * have no regime.
 */
public final class RegimeTable {
    private final NavigableMap<LocalDate, String> starts;

    /** @param starts first date of each regime → its name */
    public RegimeTable(Map<LocalDate, String> starts) {
        this.starts = new TreeMap<>(starts);
        this.starts.values().forEach(name -> Objects.requireNonNull(name, "regime name"));
    }

    /** The regime of a date, or null before the first regime. */
    public String regimeOf(LocalDate date) {
        var entry = starts.floorEntry(date);
        return entry == null ? null : entry.getValue();
    }
}
