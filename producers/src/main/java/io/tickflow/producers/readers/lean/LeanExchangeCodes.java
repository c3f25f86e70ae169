package io.tickflow.producers.readers.lean;

import java.util.Map;

/**
 * AlgoSeek/LEAN exchange letters (the CTA/UTP participant ids) to Polygon exchange ids, so that trades from
 * LEAN files carry the same {@code exchange} numbers as trades from Polygon (ids as listed by Polygon's
 * {@code /v3/reference/exchanges}). {@code D} is the FINRA TRF/ADF, i.e. an off-exchange print.
 */
final class LeanExchangeCodes {

    private static final Map<Character, Integer> POLYGON_IDS = Map.ofEntries(
            Map.entry('A', 1), Map.entry('B', 2), Map.entry('C', 3), Map.entry('D', 4),
            Map.entry('I', 6), Map.entry('J', 7), Map.entry('K', 8), Map.entry('M', 9),
            Map.entry('N', 10), Map.entry('P', 11), Map.entry('Q', 12), Map.entry('T', 12),
            Map.entry('V', 15), Map.entry('W', 16), Map.entry('X', 17), Map.entry('Y', 18),
            Map.entry('Z', 19));

    private LeanExchangeCodes() {
    }

    /** The Polygon id of a one-letter code, or null when the letter is unknown. */
    static Integer polygonId(String code) {
        return code.length() == 1 ? POLYGON_IDS.get(code.charAt(0)) : null;
    }
}
