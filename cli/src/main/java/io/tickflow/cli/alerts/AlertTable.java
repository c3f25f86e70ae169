package io.tickflow.cli.alerts;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertKind;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * The live terminal table: counts by kind and the newest alerts, redrawn in place with plain ANSI escapes
 * (cursor home, clear screen), no terminal library.
 */
public final class AlertTable implements AlertOutput {
    private static final String CLEAR = "\u001b[H\u001b[2J";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("America/New_York"));

    private final PrintStream out;
    private final int rows;
    private final Deque<Alert> newest = new ArrayDeque<>();
    private final Map<AlertKind, Long> counts = new EnumMap<>(AlertKind.class);
    private boolean dirty;

    public AlertTable(PrintStream out, int rows) {
        this.out = out;
        this.rows = rows;
    }

    @Override
    public void deliver(Alert alert) {
        newest.addFirst(alert);
        if (newest.size() > rows) {
            newest.removeLast();
        }
        counts.merge(alert.kind(), 1L, Long::sum);
        dirty = true;
    }

    /** Redraws the table when an alert arrived since the last redraw. */
    public void refresh() {
        if (!dirty) {
            return;
        }
        StringBuilder b = new StringBuilder(CLEAR).append("tickflow alerts  ");
        counts.forEach((k, n) -> b.append(k.wireName()).append('=').append(n).append("  "));
        b.append(String.format("%n%-16s %-8s %-24s %s%n", "time (ET)", "ticker", "kind", "message"));
        for (Alert a : newest) {
            b.append(String.format("%-16s %-8s %-24s %s%n", TIME.format(Instant.ofEpochSecond(0, a.eventTsNanos())),
                    a.ticker(), a.kind().wireName(), a.message()));
        }
        out.print(b);
        out.flush();
        dirty = false;
    }
}
