package io.tickflow.cli.web;

import io.tickflow.schemas.alerts.Alert;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest alerts, newest first, at most {@code capacity}. An alert is known by its stable id: the same alert read
 * twice (a replay, a restart of the page's backlog) is shown once. Thread safe.
 */
public final class AlertBoard {
    private final int capacity;
    /** Insertion order = arrival order; the eldest entry leaves first. */
    private final LinkedHashMap<String, Alert> byId;

    /** @param capacity alerts kept, &gt;= 1 */
    public AlertBoard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
        this.byId = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Alert> eldest) {
                return size() > AlertBoard.this.capacity;
            }
        };
    }

    /** Adds an alert; returns false (and changes nothing) when an alert with its id is already on the board. */
    public synchronized boolean add(Alert alert) {
        if (byId.containsKey(alert.getId())) {
            return false;
        }
        byId.put(alert.getId(), alert);
        return true;
    }

    /** The alerts on the board, newest (last arrived) first. */
    public synchronized List<Alert> newestFirst() {
        List<Alert> alerts = new ArrayList<>(byId.values());
        Collections.reverse(alerts);
        return alerts;
    }

    public int capacity() {
        return capacity;
    }
}
