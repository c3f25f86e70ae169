package io.tickflow.core.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticker's last {@link AlertSettings#HISTORY_WINDOW} finished sessions, minute by minute: the base of the
 * time-of-day averages.
 *
 * @param sessions ascending by date, one per date, at most {@link AlertSettings#HISTORY_WINDOW}
 */
public record VolumeHistory(List<SessionVolumes> sessions) {
    public static final VolumeHistory EMPTY = new VolumeHistory(List.of());

    public VolumeHistory {
        sessions = List.copyOf(sessions);
        if (sessions.size() > AlertSettings.HISTORY_WINDOW) {
            throw new IllegalArgumentException("at most " + AlertSettings.HISTORY_WINDOW + " sessions: " + sessions.size());
        }
    }

    /**
     * This history with a finished session appended, the oldest dropped past the window.
     *
     * @throws IllegalArgumentException when the session is not after the newest one
     */
    public VolumeHistory with(SessionVolumes finished) {
        if (reaches(finished.session())) {
            throw new IllegalArgumentException("session " + finished.session() + " is not after the newest one");
        }
        List<SessionVolumes> next = new ArrayList<>(sessions);
        next.add(finished);
        if (next.size() > AlertSettings.HISTORY_WINDOW) {
            next.remove(0);
        }
        return new VolumeHistory(next);
    }

    /**
     * This history once {@code finished} has rolled into it: appended when after the newest session, and this history
     * unchanged when it already holds that session or a later one. Why not refuse: under at-least-once each store is
     * written down on its own schedule, so a crash can restore a ticker's session state from before a roll together
     * with the history from after it, and the replayed trades roll the same session again. The history's copy, written
     * by the first roll with every minute, is the complete one: the minutes left for a second roll may already be
     * deleted. Refusing would fail the task on every restart.
     */
    public VolumeHistory afterRoll(SessionVolumes finished) {
        if (reaches(finished.session())) {
            return this;
        }
        return with(finished);
    }

    /** Whether the newest session held is {@code session} or a later one. */
    private boolean reaches(LocalDate session) {
        return !sessions.isEmpty() && !session.isAfter(sessions.get(sessions.size() - 1).session());
    }
}
