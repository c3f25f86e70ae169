package io.tickflow.sinks.seal;

import io.tickflow.sinks.partition.PartitionPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When a dated folder ({@code .../date=YYYY-MM-DD}) is complete: once its session has closed and a grace has
 * passed, measured on record timestamps, never on the wall clock (STYLE.md §3 "time is data"), so that a replay of
 * history seals folders exactly as a live run does.
 *
 * <p>Why a grace: a ticker-session's last records are written after its close (the unfinished last bar at the
 * session end, labels whose vertical barrier is the close, weights computed once every event is resolved), and
 * Kafka Streams stamps them with the time of the record that advanced stream time, often the next session's first
 * trade. The default end 16:00 plus 4 h covers the extended session (04:00–20:00, DESIGN.md "Sessions").
 *
 * @param sessionEnd end of a session, New York time
 * @param graceMs    how long after {@code sessionEnd} records of the session may still arrive, ms; negative turns
 *                   sealing off
 */
public record SealPolicy(LocalTime sessionEnd, long graceMs) {

    /** Exchange time (DESIGN.md "Sessions"). */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 16:00 plus 4 h: the end of the extended session. */
    public static final SealPolicy DEFAULT = new SealPolicy(LocalTime.of(16, 0), 4 * 3_600_000L);
    /** Never seals. */
    public static final SealPolicy OFF = new SealPolicy(LocalTime.MIDNIGHT, -1);

    private static final String DATE_KEY = "date=";

    public SealPolicy {
        Objects.requireNonNull(sessionEnd, "sessionEnd");
    }

    public boolean enabled() {
        return graceMs >= 0;
    }

    /**
     * The record time, ms since the epoch, from which the folder is sealed: its date's session end in New York plus
     * the grace. Empty when sealing is off or the folder has no valid {@code date=} segment (such folders, e.g.
     * {@code year=/month=}, are never sealed).
     */
    public Optional<Long> sealTimeMs(PartitionPath folder) {
        if (!enabled()) {
            return Optional.empty();
        }
        return dateOf(folder).map(d -> d.atTime(sessionEnd).atZone(NEW_YORK).toInstant().toEpochMilli() + graceMs);
    }

    /** The date of a folder's last {@code date=YYYY-MM-DD} segment, if it has one. */
    public static Optional<LocalDate> dateOf(PartitionPath folder) {
        for (int i = folder.segments().size() - 1; i >= 0; i--) {
            String segment = folder.segments().get(i);
            if (segment.startsWith(DATE_KEY)) {
                try {
                    return Optional.of(LocalDate.parse(segment.substring(DATE_KEY.length())));
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
