package io.tickflow.cli.batch;

import io.tickflow.core.trades.BarEligibility;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Trades per ticker-session by {@link BarEligibility}, so that "trades in = trades in bars + excluded" is checkable. */
public final class TradeCensus {
    /** A ticker-session. */
    public record TickerSession(String ticker, LocalDate session) implements Comparable<TickerSession> {
        @Override
        public int compareTo(TickerSession o) {
            int byTicker = ticker.compareTo(o.ticker);
            return byTicker != 0 ? byTicker : session.compareTo(o.session);
        }
    }

    private final Map<TickerSession, EnumMap<BarEligibility, Long>> counts = new TreeMap<>();

    void count(String ticker, LocalDate session, BarEligibility eligibility) {
        counts.computeIfAbsent(new TickerSession(ticker, session), k -> new EnumMap<>(BarEligibility.class))
                .merge(eligibility, 1L, Long::sum);
    }

    /** Counts by ticker-session, sorted by ticker then session. */
    public Map<TickerSession, EnumMap<BarEligibility, Long>> bySession() {
        return counts;
    }

    public long total(BarEligibility eligibility) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(eligibility, 0L)).sum();
    }

    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
