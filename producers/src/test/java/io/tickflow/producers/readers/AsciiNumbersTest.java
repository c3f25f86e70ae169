package io.tickflow.producers.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsciiNumbersTest {

    @Test
    void readsPlainDecimalsBitForBitAsParseDoubleDoes() {
        SplittableRandom random = new SplittableRandom(20_240_405);
        List<String> disagreements = new ArrayList<>();
        int read = 0;
        for (int i = 0; i < 2_000_000; i++) {
            String text = randomDecimal(random);
            double fast = decimal(text);
            if (!Double.isNaN(fast)) {
                read++;
                if (Double.doubleToRawLongBits(fast) != Double.doubleToRawLongBits(Double.parseDouble(text))) {
                    disagreements.add(text);
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(read).as("most random decimals take the fast path").isGreaterThan(1_000_000);
    }

    @Test
    void readsTheDecimalsJavaPrintsForRandomDoubles() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500_000; i++) {
            // prices between a hundredth of a cent and 100,000 dollars, printed shortest-round-trip
            String text = Double.toString(Math.pow(10, random.nextDouble(-4, 5)));
            double fast = decimal(text);
            if (!Double.isNaN(fast)) {
                assertThat(Double.doubleToRawLongBits(fast)).as(text)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
    }

    @Test
    void readsEdgeDecimalsExactly() {
        // 2^53 = 9007199254740992 is the largest mantissa read; 10^22 the largest divisor
        for (String text : List.of("9007199254740992", "900719925474099.2", "0.9007199254740992", "1.",
                ".5", "0.0000000000000000000001", "142.99", "0.1", "0.3", "1234567.8912345", "00000142.990")) {
            assertThat(Double.doubleToRawLongBits(decimal(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void leavesToTheStringPathWhatItCannotReadExactly() {
        // one past 2^53, 23 decimals, zero, signs, exponents, two points, junk, empty
        for (String text : List.of("9007199254740993", "0.00000000000000000000001", "0", "0.000", "-1.5", "+1.5",
                "1e3", "1.5E-3", "1.2.3", "1,5", " 1.5", "NaN", "", ".")) {
            assertThat(decimal(text)).as(text).isNaN();
        }
    }

    @Test
    void readsUnsignedLongsAsParseLongDoes() {
        for (String text : List.of("0", "7", "007", "1712306654208740096", "9223372036854775807")) {
            assertThat(unsigned(text)).as(text).isEqualTo(Long.parseLong(text));
        }
        // past Long.MAX_VALUE, 20 digits, signs, junk, empty: for the String path
        for (String text : List.of("9223372036854775808", "99999999999999999999", "00000000000000000001", "-1", "+1",
                "1.0", "1 ", "", "x")) {
            assertThat(unsigned(text)).as(text).isEqualTo(AsciiNumbers.NOT_READ);
        }
    }

    @Test
    void readsRandomDigitStringsOfEveryLengthAsParseLongDoes() {
        // lengths 1-20 cover no block of eight, one, two, and the rest after them; a non-digit anywhere is refused
        SplittableRandom random = new SplittableRandom(19);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int d = 0; d < length; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(4) == 0) { // a byte next to the digits: '/' and ':' are the neighbours of '0' and '9'
                int at = random.nextInt(length);
                text.setCharAt(at, "/:a .-\u00b9".charAt(random.nextInt(7)));
            }
            if (unsigned(text.toString()) != parseLongOrNotRead(text.toString())) {
                disagreements.add(text.toString());
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static long parseLongOrNotRead(String text) {
        if (text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return AsciiNumbers.NOT_READ;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return AsciiNumbers.NOT_READ;
        }
    }

    private static String randomDecimal(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int digits = 1 + random.nextInt(random.nextInt(4) == 0 ? 24 : 12);
        int point = random.nextInt(digits + 2) - 1; // -1: no point; digits: trailing point
        for (int d = 0; d < digits; d++) {
            if (d == point) {
                text.append('.');
            }
            text.append((char) ('0' + random.nextInt(10)));
        }
        if (point == digits) {
            text.append('.');
        }
        return text.toString();
    }

    private static double decimal(String text) {
        byte[] bytes = (" " + text + " ").getBytes(StandardCharsets.US_ASCII); // read from inside a larger buffer
        return AsciiNumbers.positiveDecimal(bytes, 1, bytes.length - 1);
    }

    private static long unsigned(String text) {
        byte[] bytes = (" " + text + " ").getBytes(StandardCharsets.US_ASCII);
        return AsciiNumbers.unsignedLong(bytes, 1, bytes.length - 1);
    }
}
