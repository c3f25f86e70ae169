package io.tickflow.producers.readers;

import io.tickflow.schemas.market.Bar;
import java.util.Objects;

/**
 * A {@link Bar} whose window is one whole session (a daily aggregate), so that it is routed to {@code bars.1d}
 * rather than {@code bars.1m}: the Avro record is the same for both, only the topic tells them apart.
 *
 * @param bar the bar; {@code window_start} is the session date's midnight in New York, as Polygon's day aggregates give
 */
public record DayBar(Bar bar) {
    public DayBar {
        Objects.requireNonNull(bar, "bar");
    }
}
