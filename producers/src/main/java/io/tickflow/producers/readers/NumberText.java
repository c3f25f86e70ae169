package io.tickflow.producers.readers;

/**
 * The number syntax {@link CsvRow} accepts, checked with a plain loop over the characters. These used to be the
 * regular expressions {@code -?\d{1,19}} and {@code -?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?}; matching them
 * was a quarter of a trades replay's parse time, and the loops accept exactly the same strings (ASCII digits only,
 * as {@code \d} without {@code UNICODE_CHARACTER_CLASS}), which a test checks against the expressions.
 */
final class NumberText {

    /** The most digits a long has: {@code 9223372036854775807}. */
    private static final int MAX_LONG_DIGITS = 19;

    private NumberText() {
    }

    /** True for an optional minus sign then 1 to 19 ASCII digits, nothing else (no plus sign, no spaces). */
    static boolean isInteger(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int digits = digitsFrom(text, start);
        return digits >= 1 && digits <= MAX_LONG_DIGITS && start + digits == text.length();
    }

    /**
     * True for an optional minus sign, digits with an optional fraction ({@code 1}, {@code 1.}, {@code 1.5},
     * {@code .5}; not {@code .}), then an optional exponent ({@code e7}, {@code E-3}); nothing else, so
     * {@code NaN}, {@code Infinity}, hex floats, a plus sign and a trailing {@code d} or {@code f} are refused.
     */
    static boolean isDecimal(String text) {
        int pos = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int whole = digitsFrom(text, pos);
        pos += whole;
        if (pos < text.length() && text.charAt(pos) == '.') {
            int fraction = digitsFrom(text, pos + 1);
            if (whole == 0 && fraction == 0) {
                return false;
            }
            pos += 1 + fraction;
        } else if (whole == 0) {
            return false;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                pos++;
            }
            int exponent = digitsFrom(text, pos);
            if (exponent == 0) {
                return false;
            }
            pos += exponent;
        }
        return pos == text.length();
    }

    /** How many ASCII digits follow {@code from} in a row. */
    private static int digitsFrom(String text, int from) {
        int pos = from;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos - from;
    }
}
