package io.tickflow.producers.live;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Detects late frames: a trade whose SIP sequence number ({@code q}) is not above the last one of its ticker in the
 * same session, or whose SIP time is before the ticker's latest; a minute aggregate whose window starts before the
 * ticker's latest. Polygon's sequence numbers increase per ticker within a day and restart the next day, hence the
 * session in the comparison. A late record is still produced (the bars stage holds trades within its out-of-order
 * tolerance and dead-letters later ones); this only counts it. Not thread-safe: one socket thread at a time.
 */
public final class LateFrameCheck {
    private record Latest(LocalDate session, long sequence, long tsNanos) {
    }

    private final Map<String, Latest> trades = new HashMap<>();
    private final Map<String, Long> bars = new HashMap<>();

    /** Whether {@code trade} arrived after a later trade of its ticker; remembers the latest either way. */
    public boolean isLate(Trade trade) {
        LocalDate session = SessionClock.sessionDate(trade.getSipTs());
        Latest before = trades.get(trade.getTicker());
        long sequence = trade.getSequence() != null ? trade.getSequence() : Long.MIN_VALUE;
        boolean sameSession = before != null && before.session().equals(session);
        boolean late = before != null && (trade.getSipTs() < before.tsNanos()
                || (sameSession && trade.getSequence() != null && sequence <= before.sequence()));
        if (before == null || !late) {
            trades.put(trade.getTicker(), new Latest(session, sequence, trade.getSipTs()));
        }
        return late;
    }

    /** Whether {@code bar}'s window starts before the latest window of its ticker. */
    public boolean isLate(Bar bar) {
        Long before = bars.get(bar.getTicker());
        boolean late = before != null && bar.getWindowStart() < before;
        if (!late) {
            bars.put(bar.getTicker(), bar.getWindowStart());
        }
        return late;
    }
}
