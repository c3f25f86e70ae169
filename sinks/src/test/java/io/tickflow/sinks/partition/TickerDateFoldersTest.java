package io.tickflow.sinks.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TickerDateFoldersTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

    @Test
    void handsOutTheSameFolderForTheSameTickerAndDate() {
        PartitionPath first = TickerDateFolders.of("AAPL", DAY);
        assertThat(TickerDateFolders.of("AAPL", DAY)).isSameAs(first).isEqualTo(TickerDateFolders.build("AAPL", DAY));
    }

    @Test
    void keepsTickersThatDifferOnlyInCaseApart() {
        // lower-case p is escaped as its UTF-8 byte 0x70
        assertThat(TickerDateFolders.of("ABRpA", DAY)).hasToString("ticker=ABR%70A/date=2024-01-02");
        assertThat(TickerDateFolders.of("ABRPA", DAY)).hasToString("ticker=ABRPA/date=2024-01-02");
    }

    @Test
    void keepsDatesOfOneTickerApart() {
        TickerDateFolders.of("MSFT", DAY);
        assertThat(TickerDateFolders.of("MSFT", DAY.plusDays(1))).hasToString("ticker=MSFT/date=2024-01-03");
    }

    @Test
    void encodesSlashTickerOnEveryLookup() {
        TickerDateFolders.of("BRK/B", DAY);
        assertThat(TickerDateFolders.of("BRK/B", DAY).segments()).containsExactly("ticker=BRK%2FB", "date=2024-01-02");
    }

    @Test
    void keepsParentReferenceInsideOneSegmentOnEveryLookup() {
        // leading dot escaped (%2E), inner dot kept, slash %2F, lower-case x %78
        TickerDateFolders.of("../x", DAY);
        assertThat(TickerDateFolders.of("../x", DAY).segments()).containsExactly("ticker=%2E.%2F%78", "date=2024-01-02");
    }

    @Test
    void escapesNulAndNonAsciiOnEveryLookup() {
        // NUL is byte 0x00; É is U+00C9, UTF-8 bytes C3 89
        TickerDateFolders.of("A\0B", DAY);
        assertThat(TickerDateFolders.of("A\0B", DAY).segments().get(0)).isEqualTo("ticker=A%00B");
        assertThat(TickerDateFolders.of("É", DAY).segments().get(0)).isEqualTo("ticker=%C3%89");
    }
}
