package io.tickflow.producers.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    /** The expressions CsvRow matched before the loops replaced them: the loops must agree with them everywhere. */
    private static final Pattern OLD_DECIMAL = Pattern.compile("-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern OLD_INTEGER = Pattern.compile("-?\\d{1,19}");
    /** Every character class the syntax cares about, plus a non-ASCII digit (Arabic-Indic three) and junk. */
    private static final char[] ALPHABET = {'-', '+', '.', 'e', 'E', '0', '7', 'x', ' ', '\u0663'};

    @Test
    void acceptsExactlyTheStringsTheOldExpressionsAcceptedUpToSixCharacters() {
        List<String> all = strings(6);
        // 10 + 10^2 + ... + 10^6 = 1,111,110 strings, plus the empty one
        assertThat(all).hasSize(1_111_111);
        List<String> disagreements = new ArrayList<>();
        for (String text : all) {
            if (NumberText.isDecimal(text) != OLD_DECIMAL.matcher(text).matches()) {
                disagreements.add("decimal '" + text + "'");
            }
            if (NumberText.isInteger(text) != OLD_INTEGER.matcher(text).matches()) {
                disagreements.add("integer '" + text + "'");
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void acceptsNineteenDigitIntegersAndRefusesTwenty() {
        assertThat(NumberText.isInteger("9223372036854775807")).isTrue();
        assertThat(NumberText.isInteger("-1234567890123456789")).isTrue();
        assertThat(NumberText.isInteger("12345678901234567890")).isFalse();
    }

    @Test
    void refusesWhatJavaParsesButTheFilesNeverMean() {
        for (String text : List.of("NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", "+1", " 1", "1 ", "1e", "1e+", ".")) {
            assertThat(NumberText.isDecimal(text)).as(text).isFalse();
        }
    }

    @Test
    void acceptsPolygonPricesAndSizes() {
        for (String text : List.of("187.2", "0.0001", "100", "1.", ".5", "-3.25", "1e-7", "2.5E+3")) {
            assertThat(NumberText.isDecimal(text)).as(text).isTrue();
        }
    }

    private static List<String> strings(int maxLength) {
        List<String> out = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : ALPHABET) {
                    next.add(prefix + c);
                }
            }
            out.addAll(next);
            previous = next;
        }
        return out;
    }
}
