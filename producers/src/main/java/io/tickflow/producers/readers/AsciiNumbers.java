package io.tickflow.producers.readers;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Numbers read straight from ASCII bytes for {@link ByteRowParser}s: only the plain spellings, exactly, and a
 * "not sure" answer for everything else, which the String path ({@link CsvRow}) then accepts or rejects with its
 * reason.
 */
public final class AsciiNumbers {

    /** Returned by {@link #unsignedLong} for text it does not read. */
    public static final long NOT_READ = -1;
    /** The largest mantissa a double holds exactly: 2^53. */
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    /** 10^0 .. 10^22: every one is a double exactly (5^22 < 2^53). */
    private static final double[] POWERS_OF_TEN = powersOfTen(22);
    private static final int MAX_LONG_DIGITS = 19;
    private static final int EIGHT = 8;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030_3030_3030_3030L;
    private static final long HIGH_NIBBLES = 0xF0F0_F0F0_F0F0_F0F0L;
    private static final long SIXES = 0x0606_0606_0606_0606L;
    private static final long PAIR_MASK = 0x0000_00FF_0000_00FFL;

    private AsciiNumbers() {
    }

    /**
     * The value of 1 to 19 ASCII digits (leading zeros allowed, as {@link Long#parseLong} allows them), or
     * {@link #NOT_READ} for anything else: empty, a sign, another byte, a value past {@link Long#MAX_VALUE}.
     */
    public static long unsignedLong(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length < 1 || length > MAX_LONG_DIGITS) {
            return NOT_READ;
        }
        long value = 0;
        int i = start;
        for (; i + EIGHT <= end; i += EIGHT) { // a nanosecond time is 19 digits: two blocks of eight, then three
            long block = (long) LONG_LE.get(bytes, i);
            if (!eightDigits(block)) {
                return NOT_READ;
            }
            value = value * 100_000_000L + eightDigitsValue(block);
        }
        for (; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_READ;
            }
            value = value * 10 + digit;
        }
        // 19 digits are below 10^19 < 2^64: a value past Long.MAX_VALUE wrapped to a negative one, and only then
        return value < 0 ? NOT_READ : value;
    }

    /**
     * Whether each of the eight bytes of {@code block} is an ASCII digit: its high nibble is 3, and adding 6 to its
     * low nibble does not carry into the high one (so the low nibble is at most 9).
     */
    private static boolean eightDigits(long block) {
        return (block & HIGH_NIBBLES) == ZEROS && ((block + SIXES) & HIGH_NIBBLES) == ZEROS;
    }

    /**
     * The value of eight ASCII digits read little-endian (the first digit in the lowest byte), in three multiplies
     * instead of eight: neighbouring digits are paired (10a + b), then pairs into fours and fours into eight inside
     * the long's halves (the SWAR method of Lemire's "fast_float", "parse_eight_digits_unrolled").
     */
    private static long eightDigitsValue(long block) {
        long digits = block - ZEROS;
        long pairs = digits * 10 + (digits >>> 8);
        return (((pairs & PAIR_MASK) * (100 + (1_000_000L << 32)))
                + (((pairs >>> 16) & PAIR_MASK) * (1 + (10_000L << 32)))) >>> 32;
    }

    /**
     * The value of a plain positive decimal ({@code 142.99}, {@code 5}, {@code 0.5}, {@code 7.}, {@code .25}) as
     * {@link Double#parseDouble} gives it, bit for bit, or NaN when this method cannot be sure: a sign, an exponent,
     * zero, more digits than a double holds exactly, more than 22 after the point.
     *
     * <p>Why it is exact (Clinger's fast path): all the digits, the point ignored, form an integer m below 2^53 and the
     * point stands for a division by 10^k with k &lt;= 22; both are doubles exactly, and IEEE division rounds m / 10^k
     * correctly (to nearest, ties to even), which is what {@code parseDouble} does with the decimal's exact value.
     */
    public static double positiveDecimal(byte[] bytes, int start, int end) {
        long mantissa = 0;
        int point = -1;
        for (int i = start; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit >= 0 && digit <= 9) {
                mantissa = mantissa * 10 + digit;
                if (mantissa > MAX_EXACT_MANTISSA) {
                    return Double.NaN;
                }
            } else if (bytes[i] == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        int decimals = point < 0 ? 0 : end - point - 1;
        if (mantissa == 0 || decimals >= POWERS_OF_TEN.length) {
            return Double.NaN; // zero is rejected by the String path, with its reason
        }
        return decimals == 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[decimals];
    }

    private static double[] powersOfTen(int max) {
        double[] powers = new double[max + 1];
        powers[0] = 1;
        for (int i = 1; i <= max; i++) {
            powers[i] = powers[i - 1] * 10; // exact: 10^i < 2^53 * 2^i, and 5^i < 2^53 for i <= 22
        }
        return powers;
    }
}
