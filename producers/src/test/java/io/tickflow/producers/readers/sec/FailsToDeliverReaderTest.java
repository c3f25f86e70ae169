package io.tickflow.producers.readers.sec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.shortdata.FailToDeliver;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class FailsToDeliverReaderTest {

    private static final String HEADER = "SETTLEMENT DATE|CUSIP|SYMBOL|QUANTITY (FAILS)|DESCRIPTION|PRICE\n";

    @TempDir
    Path dir;
    private final List<FailToDeliver> rows = new ArrayList<>();
    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();

    private ReadStats read(String body) throws IOException {
        Path file = dir.resolve("cnsfails202009a.txt");
        Files.writeString(file, HEADER + body);
        return new FailsToDeliverReader().read(file, rows::add, rejects);
    }

    @Test
    void readsDotPriceAsMissingAndChecksBothTrailers() throws IOException {
        ReadStats stats = read("20200901|B38564108|EURN|11293|EURONAV NV ANTWERPEN (BELGIUM) |.\n"
                + "20200901|D18190898|DB|8431|DEUTSCHE BANK AG NAMEN AKT (DE|9.53\n"
                + "Trailer record count 2\nTrailer total quantity of shares 19724\n"); // 11293 + 8431 = 19724
        assertThat(stats).isEqualTo(ReadStats.of(2, 0));
        assertThat(rows.get(0).getPrice()).isNull();
        assertThat(rows.get(0).getDescription()).isEqualTo("EURONAV NV ANTWERPEN (BELGIUM)");
        assertThat(rows.get(1).getPrice()).isEqualTo(9.53);
        assertThat(rows.get(1).getSettlementDate()).isEqualTo(LocalDate.of(2020, 9, 1));
    }

    @Test
    void rejectsTotalQuantityThatDisagrees() throws IOException {
        ReadStats stats = read("20200901|B38564108|EURN|10|X|1.00\nTrailer record count 1\nTrailer total quantity of shares 11\n");
        assertThat(stats).isEqualTo(ReadStats.of(1, 1));
        assertThat(rejects.rejections().get(0).reason()).contains("trailer says 11 shares in total but the accepted rows sum to 10");
    }

    @Test
    void keepsPlaceholderSymbolsMarked() throws IOException {
        read("20200901|G0120M117|W103DIVDPYMNT|5|PAYMENT|.\nTrailer record count 1\nTrailer total quantity of shares 5\n");
        assertThat(rows.get(0).getPlaceholderSymbol()).isTrue();
        assertThat(rows.get(0).getSymbol()).isEqualTo("W103DIVDPYMNT");
    }

    @Test
    void joinsPipeInsideDescriptionAndMapsPreferredSymbol() throws IOException {
        read("20200901|038923108|ABRPRA|5|ARBOR A|B PFD|25.10\nTrailer record count 1\nTrailer total quantity of shares 5\n");
        assertThat(rows.get(0).getDescription()).isEqualTo("ARBOR A|B PFD");
        assertThat(rows.get(0).getSymbol()).isEqualTo("ABR.PRA");
    }

    @Test
    void publishesFifteenDaysAfterTheHalfMonth() throws IOException {
        read("20200914|B38564108|EURN|1|X|1.00\nTrailer record count 1\nTrailer total quantity of shares 1\n");
        // half-month ends 2020-09-15; + 15 days = 2020-09-30 18:00 EDT = 22:00Z
        assertThat(rows.get(0).getPublishedTs())
                .isEqualTo(java.time.Instant.parse("2020-09-30T22:00:00Z").getEpochSecond() * 1_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252", "ISO-8859-1"})
    void decodesDescriptionInEachEncoding(String charset) throws IOException {
        Path file = dir.resolve("cnsfails202009a.txt");
        Files.write(file, (HEADER + "20200901|F8590L105|GLE|1|SOCI\u00c9T\u00c9 G\u00c9N\u00c9RALE|1.00\n"
                + "Trailer record count 1\nTrailer total quantity of shares 1\n").getBytes(java.nio.charset.Charset.forName(charset)));
        new FailsToDeliverReader().read(file, rows::add, rejects);
        assertThat(rows.get(0).getDescription()).isEqualTo("SOCI\u00c9T\u00c9 G\u00c9N\u00c9RALE");
    }

    @Test
    void readsTheTextInsideTheSecZip() throws IOException {
        Path zip = dir.resolve("cnsfails202009b.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("cnsfails202009b.txt"));
            z.write((HEADER + "20200916|B38564108|EURN|3|X|1.00\nTrailer record count 1\nTrailer total quantity of shares 3\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        ReadStats stats = new FailsToDeliverReader().read(zip, rows::add, rejects);
        assertThat(stats).isEqualTo(ReadStats.of(1, 0));
        assertThat(rows.get(0).getSourceFile()).isEqualTo("cnsfails202009b.txt");
    }
}
