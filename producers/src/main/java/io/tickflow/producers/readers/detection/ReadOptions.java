package io.tickflow.producers.readers.detection;

import io.tickflow.producers.readers.generic.GenericCsvMapping;

/**
 * What a caller may add to detection.
 *
 * @param format  the format to use; null to detect it per file
 * @param ticker  ticker for files that carry none (Polygon v3 trades pages, generic CSV); null to derive it
 * @param mapping column mapping of a generic CSV; null to use a preset recognised from the header
 */
public record ReadOptions(InputFormat format, String ticker, GenericCsvMapping mapping) {

    /** Detect everything. */
    public static final ReadOptions DETECT = new ReadOptions(null, null, null);
}
