package io.tickflow.sinks.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathSafeTickerTest {

    @ParameterizedTest
    @ValueSource(strings = {"AAPL", "A", "BRK-B", "ABR.PRA", "X2", "SPY500"})
    void keepsPlainTickersUnchanged(String ticker) {
        assertThat(PathSafeTicker.encode(ticker)).isEqualTo(ticker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BRK/B    | BRK%2FB",     // '/' = 0x2F
        "ACEL/WS  | ACEL%2FWS",
        "ABRpA    | ABR%70A",     // 'p' = 0x70: lower case is escaped
        "ABRPA    | ABRPA",
        "a\\b     | %61%5C%62",   // '\' = 0x5C
        "%        | %25",
        "A=B      | A%3DB",       // '=' would break key=value parsing
        "A_B      | A%5FB",
        "A B      | A%20B",
        "Aé       | A%C3%A9",     // é = U+00E9 = UTF-8 C3 A9
    })
    void escapesEverythingOutsideTheSafeAlphabet(String ticker, String encoded) {
        assertThat(PathSafeTicker.encode(ticker)).isEqualTo(encoded);
    }

    @Test
    void escapesDotsThatWouldNameCurrentOrParentFolder() {
        assertThat(PathSafeTicker.encode(".")).isEqualTo("%2E");
        assertThat(PathSafeTicker.encode("..")).isEqualTo("%2E%2E");
        // '.' first = %2E, inner '.' kept, '/' = %2F, 'x' = %78
        assertThat(PathSafeTicker.encode("../x")).isEqualTo("%2E.%2F%78");
    }

    @Test
    void escapesLeadingAndTrailingDotOnly() {
        // leading dot = hidden file; trailing dot is dropped by Windows; inner dots are readable
        assertThat(PathSafeTicker.encode(".A.B.")).isEqualTo("%2EA.B%2E");
    }

    @Test
    void escapesNulAndControlCharacters() {
        assertThat(PathSafeTicker.encode("A\0B")).isEqualTo("A%00B");
        assertThat(PathSafeTicker.encode("A\nB\u007F")).isEqualTo("A%0AB%7F");
    }

    @Test
    void encodesEmptyStringAsLonePercent() {
        assertThat(PathSafeTicker.encode("")).isEqualTo("%");
        assertThat(PathSafeTicker.decode("%")).isEmpty();
    }

    @Test
    void encodesLoneSurrogateReversibly() {
        String lone = "A\uD800B";
        // U+D800 as generalised UTF-8: ED A0 80
        assertThat(PathSafeTicker.encode(lone)).isEqualTo("A%ED%A0%80B");
        assertThat(PathSafeTicker.decode("A%ED%A0%80B")).isEqualTo(lone);
    }

    @Test
    void keepsCaseVariantsApartOnCaseInsensitiveFileSystems() {
        String lower = PathSafeTicker.encode("ABRpA");
        String upper = PathSafeTicker.encode("ABRPA");
        assertThat(lower.toUpperCase(Locale.ROOT)).isNotEqualTo(upper.toUpperCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A%2f", "%41", "a", "A%2", "A%G1", "%C3", "%FF", "%C0%80", "%ED%A0%80%ED%B0%80", "%2EA.", "."})
    void rejectsSegmentsThatAreNotCanonicalEncodings(String segment) {
        assertThatThrownBy(() -> PathSafeTicker.decode(segment)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsRandomUnicodeStringsIntoSafeDistinctSegments() {
        Random random = new Random(20240102L);
        Set<String> seenFolded = new HashSet<>();
        Set<String> seenValues = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String value = randomString(random);
            String encoded = PathSafeTicker.encode(value);
            assertThat(PathSafeTicker.decode(encoded)).isEqualTo(value);
            assertThat(encoded).matches("[A-Z0-9.%-]+").isNotIn(".", "..").doesNotStartWith(".").doesNotEndWith(".");
            // no two distinct values share a folder, even where the file system ignores case
            if (seenValues.add(value)) {
                assertThat(seenFolded.add(encoded.toLowerCase(Locale.ROOT))).as("collision for %s", value).isTrue();
            }
        }
    }

    /** Strings of 0-8 chars mixing ASCII, dots, slashes, any BMP char (lone surrogates included) and astral chars. */
    private static String randomString(Random random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> out.append((char) (0x20 + random.nextInt(0x5F)));
                case 1 -> out.append(random.nextBoolean() ? '.' : '/');
                case 2 -> out.append((char) random.nextInt(0x10000));
                case 3 -> out.appendCodePoint(0x10000 + random.nextInt(0x100000));
                default -> out.append((char) ('A' + random.nextInt(3)));
            }
        }
        return out.toString();
    }
}
