package io.tickflow.streams.alerts;

import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertKind;
import io.tickflow.core.alerts.AlertMinute;
import io.tickflow.schemas.market.Bar;
import java.util.TreeMap;

/**
 * Between the Avro records of {@code bars.1m} and {@code alerts} and the core alert classes: the one mapping the
 * topology, the batch command and the consumers share.
 */
public final class AlertRecords {
    private AlertRecords() {
    }

    /** @throws IllegalArgumentException when a price or the volume is unusable (see {@link AlertMinute}) */
    public static AlertMinute minuteOf(Bar bar) {
        return new AlertMinute(bar.getWindowStart(), bar.getOpen(), bar.getHigh(), bar.getClose(), bar.getVolume(),
                bar.getVwap());
    }

    public static io.tickflow.schemas.alerts.Alert toAvro(Alert a) {
        return io.tickflow.schemas.alerts.Alert.newBuilder()
                .setId(a.id())
                .setKind(a.kind().wireName())
                .setTicker(a.ticker())
                .setSession(a.session())
                .setEventTs(a.eventTsNanos())
                .setValues(new TreeMap<>(a.values()))
                .setThresholds(new TreeMap<>(a.thresholds()))
                .setMessage(a.message())
                .build();
    }

    /** @throws IllegalArgumentException on an unknown kind */
    public static Alert fromAvro(io.tickflow.schemas.alerts.Alert a) {
        return new Alert(a.getId(), AlertKind.ofWireName(a.getKind()), a.getTicker(), a.getSession(), a.getEventTs(),
                new TreeMap<>(a.getValues()), new TreeMap<>(a.getThresholds()), a.getMessage());
    }
}
