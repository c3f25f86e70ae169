package io.tickflow.streams.daily;

import io.tickflow.core.daily.TickerSessionHistory;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the daily processor keeps per ticker: its session history, and the earliest session whose row changed since
 * rows were last sent. Kept in the store with the history, so that rows not yet sent when a commit happens are
 * still sent after a crash or a restart (exactly-once: a row is sent in the same transaction as the state that
 * clears its mark).
 *
 * @param history    the ticker's latest sessions
 * @param unsentFrom the earliest session whose row changed and was not sent yet; {@code null} when every row is sent
 */
record DailyTickerState(TickerSessionHistory history, LocalDate unsentFrom) {
    static final DailyTickerState EMPTY = new DailyTickerState(TickerSessionHistory.EMPTY, null);

    DailyTickerState {
        Objects.requireNonNull(history, "history");
    }

    /** This state with {@code next} as the history and the row of {@code session} (and every later one) unsent. */
    DailyTickerState changed(TickerSessionHistory next, LocalDate session) {
        LocalDate from = unsentFrom == null || session.isBefore(unsentFrom) ? session : unsentFrom;
        return new DailyTickerState(next, from);
    }

    /** This state once its unsent rows are sent. */
    DailyTickerState sent() {
        return new DailyTickerState(history, null);
    }
}
