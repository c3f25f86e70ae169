package io.tickflow.core.universe;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The market capitalisations known for one ticker, looked up point in time for the info-rich {@code cap_max} rule
 * (the seed's gotcha: join the cap <em>before</em> flagging, or leave the filter to post-processing).
 *
 * <p>The cap of a session is the latest value dated on or before it: never one published later (that would leak
 * the future into the flag). A value older than {@code maxAgeDays} calendar days is stale and the cap is unknown:
 * shares outstanding are reported quarterly, so a cap older than about a quarter no longer describes the company,
 * and an unknown cap is marked, not failed ({@link InfoRichRules#evaluate}).
 */
public final class MarketCapHistory {
    /** About a quarter and a week of filing delay. */
    public static final int DEFAULT_MAX_AGE_DAYS = 100;
    public static final MarketCapHistory NONE = new MarketCapHistory(Map.of());

    private final NavigableMap<LocalDate, Double> capsByDate;

    /** @param capsByDate market cap in USD by the date it holds for; non-finite or negative values are refused */
    public MarketCapHistory(Map<LocalDate, Double> capsByDate) {
        capsByDate.forEach((date, cap) -> {
            if (cap == null || !(cap >= 0) || Double.isInfinite(cap)) {
                throw new IllegalArgumentException("market cap must be finite and >= 0 on " + date + ": " + cap);
            }
        });
        this.capsByDate = new TreeMap<>(capsByDate);
    }

    /**
     * The market cap on {@code session}: the latest value dated on or before it and at most {@code maxAgeDays}
     * before it; {@code null} when there is none.
     */
    public Double capOn(LocalDate session, int maxAgeDays) {
        Objects.requireNonNull(session, "session");
        Map.Entry<LocalDate, Double> latest = capsByDate.floorEntry(session);
        if (latest == null || ChronoUnit.DAYS.between(latest.getKey(), session) > maxAgeDays) {
            return null;
        }
        return latest.getValue();
    }

    /** Every value by its date, in date order; unmodifiable. */
    public java.util.SortedMap<LocalDate, Double> byDate() {
        return java.util.Collections.unmodifiableSortedMap(capsByDate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarketCapHistory other && capsByDate.equals(other.capsByDate);
    }

    @Override
    public int hashCode() {
        return capsByDate.hashCode();
    }

    @Override
    public String toString() {
        return "MarketCapHistory" + capsByDate;
    }
}
