package io.tickflow.core.calendar;

import java.time.LocalDate;

/**
 * Which trades of a day a stage uses, and whether the stream is cut into sessions.
 *
 * <p>{@link #NONE} is DESIGN.md's {@code --sessions none}: the input is one continuous stream, with
 * no session cut and no time-of-day filter (needed to compare with libraries such as mlfinlab,
 * whose test data is a futures tape spanning midnight).
 */
public enum SessionScope {
    /** [09:30, 16:00) New York time, one session per New York date. */
    REGULAR,
    /** [04:00, 20:00) New York time, one session per New York date. */
    EXTENDED,
    /** Every timestamp, one session for the whole stream. */
    NONE;

    /** Whether a timestamp (ns since epoch) falls inside this scope. */
    public boolean contains(long tsNanos) {
        return switch (this) {
            case REGULAR -> SessionClock.isRegular(tsNanos);
            case EXTENDED -> SessionClock.isExtended(tsNanos);
            case NONE -> true;
        };
    }

    /**
     * Start of {@code session} in this scope (09:30 or 04:00 New York time), ns since the epoch.
     *
     * @throws IllegalArgumentException for {@link #NONE}, which has no sessions to open
     */
    public long startNanos(LocalDate session) {
        return switch (this) {
            case REGULAR -> SessionClock.regularStartNanos(session);
            case EXTENDED -> SessionClock.extendedStartNanos(session);
            case NONE -> throw new IllegalArgumentException("scope none has no sessions, so no session start");
        };
    }

    /**
     * End (exclusive) of {@code session} in this scope (16:00 or 20:00 New York time), ns since the epoch;
     * {@link Long#MAX_VALUE} for {@link #NONE}, whose one session never ends.
     */
    public long endNanos(LocalDate session) {
        return switch (this) {
            case REGULAR -> SessionClock.regularEndNanos(session);
            case EXTENDED -> SessionClock.extendedEndNanos(session);
            case NONE -> Long.MAX_VALUE;
        };
    }

    /** Whether the stream is cut into one session per New York date. */
    public boolean cutsSessions() {
        return this != NONE;
    }
}
