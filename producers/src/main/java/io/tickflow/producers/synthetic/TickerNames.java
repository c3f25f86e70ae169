package io.tickflow.producers.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plausible four-letter ticker names drawn from the seed: distinct, upper case, sorted (flat files are
 * sorted by ticker), and never one of a few famous large-cap symbols that would confuse a reader.
 */
final class TickerNames {

    private static final int LETTERS = 4;
    private static final Set<String> AVOIDED = Set.of("AAPL", "MSFT", "GOOG", "AMZN", "NVDA", "TSLA", "META", "NFLX");
    private static final long NAMES_STREAM = 1;

    private TickerNames() {
    }

    /** {@code count} distinct names for {@code seed}, in ascending order. */
    static List<String> generate(long seed, int count) {
        SyntheticRandom random = SyntheticRandom.of(seed, NAMES_STREAM);
        Set<String> names = new TreeSet<>();
        while (names.size() < count) {
            String name = draw(random);
            if (!AVOIDED.contains(name)) {
                names.add(name);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(names));
    }

    private static String draw(SyntheticRandom random) {
        char[] letters = new char[LETTERS];
        for (int i = 0; i < LETTERS; i++) {
            letters[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }
}
