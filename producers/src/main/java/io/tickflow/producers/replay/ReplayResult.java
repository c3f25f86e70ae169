package io.tickflow.producers.replay;

import io.tickflow.producers.readers.ReadStats;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a replay did.
 *
 * @param perFile      read statistics per file, in replay (date) order
 * @param total        the sum of {@code perFile}
 * @param sent         records handed to the producer (= total accepted)
 * @param sendFailures records the producer reported as failed (logged); 0 on a healthy run
 */
public record ReplayResult(Map<Path, ReadStats> perFile, ReadStats total, long sent, long sendFailures) {

    public ReplayResult {
        perFile = Collections.unmodifiableMap(new LinkedHashMap<>(perFile));
    }
}
