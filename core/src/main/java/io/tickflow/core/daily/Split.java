package io.tickflow.core.daily;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stock split as Polygon reports it: a 2-for-1 split is {@code splitFrom = 1, splitTo = 2}; a 1-for-10 reverse
 * split is {@code splitFrom = 10, splitTo = 1}.
 *
 * @param executionDate first session traded on the new basis
 * @param splitFrom     shares before (&gt; 0)
 * @param splitTo       shares after (&gt; 0)
 */
public record Split(LocalDate executionDate, double splitFrom, double splitTo) {

    public Split {
        Objects.requireNonNull(executionDate, "executionDate");
        if (!(splitFrom > 0) || !(splitTo > 0) || Double.isInfinite(splitFrom) || Double.isInfinite(splitTo)) {
            throw new IllegalArgumentException("split_from and split_to must be finite and > 0: "
                    + splitFrom + ", " + splitTo);
        }
    }

    /** What a price before the split is worth after it: from / to (1-for-10 reverse: ×10). */
    public double priceFactor() {
        return splitFrom / splitTo;
    }
}
