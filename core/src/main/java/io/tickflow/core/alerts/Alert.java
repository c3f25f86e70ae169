package io.tickflow.core.alerts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One alert, with the values and thresholds that fired it.
 *
 * @param id              stable id, {@link AlertIds#of}: the same event gives the same id on every replay
 * @param kind            what fired
 * @param ticker          canonical ticker
 * @param session         session date (America/New_York)
 * @param eventTsNanos    start of the minute bar that fired it, ns since the epoch (event time, never wall clock)
 * @param values          values tested, by name; copied, sorted by name
 * @param thresholds      thresholds they were tested against, by name; copied, sorted by name
 * @param message         one human-readable line
 */
public record Alert(String id, AlertKind kind, String ticker, LocalDate session, long eventTsNanos,
                    SortedMap<String, Double> values, SortedMap<String, Double> thresholds, String message) {
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(message, "message");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        thresholds = Collections.unmodifiableSortedMap(new TreeMap<>(thresholds));
    }

    /** An alert with its id derived from kind, ticker and session. */
    public static Alert of(AlertKind kind, String ticker, LocalDate session, long eventTsNanos,
                           Map<String, Double> values, Map<String, Double> thresholds, String message) {
        return new Alert(AlertIds.of(kind, ticker, session), kind, ticker, session, eventTsNanos,
                new TreeMap<>(values), new TreeMap<>(thresholds), message);
    }
}
