package io.tickflow.core.alerts;

/**
 * The kinds of alert. Each fires at most once per ticker-session; {@link #wireName()} is the {@code kind} field of
 * the alerts topic and part of the alert id, so it never changes once published.
 */
public enum AlertKind {
    /** Intraday time-of-day RVOL, % change from the previous close, dollar volume so far and price band all pass. */
    INFO_RICH_CROSSING("info_rich_crossing"),
    /** A minute's volume at least a multiple of that minute's average over the prior sessions. */
    VOLUME_SPIKE("volume_spike"),
    /** The session's first minute opens at least a fraction above the previous session's close. */
    GAP_UP("gap_up"),
    /** The first minute after the opening range whose high exceeds the range's high. */
    OPENING_RANGE_BREAKOUT("opening_range_breakout");

    private final String wireName;

    AlertKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Bit of this kind in a set of fired kinds. */
    int bit() {
        return 1 << ordinal();
    }

    /** @throws IllegalArgumentException on an unknown name */
    public static AlertKind ofWireName(String name) {
        for (AlertKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown alert kind " + name);
    }
}
