package io.tickflow.cli.alerts;

import io.tickflow.core.alerts.Alert;
import java.io.IOException;
import java.util.List;

/**
 * Sends each alert to every output once: an id already in {@link DeliveredIds} is skipped (a redelivery after a
 * restart or a rebalance), a new one goes to every output and then has its id recorded. Callers commit consumer
 * offsets only after {@link #deliver} returned for every record before them.
 */
public final class AlertDelivery implements AutoCloseable {
    private final DeliveredIds ids;
    private final List<AlertOutput> outputs;
    private long delivered;
    private long duplicates;

    public AlertDelivery(DeliveredIds ids, List<AlertOutput> outputs) {
        this.ids = ids;
        this.outputs = List.copyOf(outputs);
    }

    /** @return whether the alert was new (and is now delivered everywhere) */
    public boolean deliver(Alert alert) throws InterruptedException {
        if (ids.contains(alert.id())) {
            duplicates++;
            return false;
        }
        for (AlertOutput output : outputs) {
            output.deliver(alert);
        }
        ids.add(alert.id());
        delivered++;
        return true;
    }

    public long delivered() {
        return delivered;
    }

    public long duplicates() {
        return duplicates;
    }

    @Override
    public void close() throws IOException {
        outputs.forEach(AlertOutput::close);
        ids.close();
    }
}
