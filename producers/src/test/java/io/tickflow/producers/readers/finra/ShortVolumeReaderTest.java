package io.tickflow.producers.readers.finra;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.shortdata.ShortVolume;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortVolumeReaderTest {

    private static final String HEADER = "Date|Symbol|ShortVolume|ShortExemptVolume|TotalVolume|Market";

    @TempDir
    Path dir;
    private final List<ShortVolume> rows = new ArrayList<>();
    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();

    private ReadStats read(String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return new ShortVolumeReader().read(file, rows::add, rejects);
    }

    private ReadStats read(String content) throws IOException {
        return read("CNMSshvol20200102.txt", content, StandardCharsets.UTF_8);
    }

    @Test
    void readsCrlfRowsWithCanonicalSymbolAndPublicationTime() throws IOException {
        ReadStats stats = read(HEADER + "\r\n20200102|ABRpA|516|216|516|B,Q,N\r\n1\r\n");
        assertThat(stats).isEqualTo(ReadStats.of(1, 0));
        ShortVolume row = rows.get(0);
        assertThat(row.getSymbol()).isEqualTo("ABR.PRA");
        assertThat(row.getSourceSymbol()).isEqualTo("ABRpA");
        assertThat(row.getTradeDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(row.getMarket()).isEqualTo("B,Q,N");
        // 18:00 EST on 2020-01-02 is 23:00Z
        assertThat(row.getPublishedTs()).isEqualTo(Instant.parse("2020-01-02T23:00:00Z").getEpochSecond() * 1_000_000_000L);
    }

    @Test
    void readsFractionalVolumesOfRecentFiles() throws IOException {
        read("CNMSshvol20260819.txt", HEADER + "\n20260819|A|656799.067061|7|1138358.086029|B,Q,N\n1\n", StandardCharsets.UTF_8);
        assertThat(rows.get(0).getShortVolume()).isEqualTo(656799.067061);
        assertThat(rows.get(0).getTotalVolume()).isEqualTo(1138358.086029);
    }

    @Test
    void rejectsTrailerThatDisagreesWithRowCount() throws IOException {
        ReadStats stats = read(HEADER + "\n20200102|A|1|0|2|Q\n5\n");
        assertThat(stats).isEqualTo(ReadStats.of(1, 1));
        assertThat(rejects.rejections().get(0).reason()).contains("trailer says 5 records but 1 data rows");
    }

    @Test
    void rejectsFileWithoutTrailerAsIncomplete() throws IOException {
        ReadStats stats = read(HEADER + "\n20200102|A|1|0|2|Q\n");
        assertThat(stats).isEqualTo(ReadStats.of(1, 1));
        assertThat(rejects.rejections().get(0).lineNumber()).isEqualTo(Rejection.WHOLE_SOURCE);
        assertThat(rejects.rejections().get(0).reason()).contains("no trailer");
    }

    @Test
    void rejectsS3AccessDeniedXmlSavedAsData() throws IOException {
        ReadStats stats = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code></Error>");
        assertThat(stats).isEqualTo(ReadStats.of(0, 1));
        assertThat(rejects.rejections().get(0).reason()).startsWith("file body is XML");
    }

    @Test
    void detectsCommaSeparatorAndJoinsTheMarketListBack() throws IOException {
        read("Date,Symbol,ShortVolume,ShortExemptVolume,TotalVolume,Market\n20200102,BRK/B,10,0,20,Q,B,N\n1\n");
        assertThat(rows.get(0).getMarket()).isEqualTo("Q,B,N");
        assertThat(rows.get(0).getSymbol()).isEqualTo("BRK.B");
    }

    @Test
    void detectsTabSeparator() throws IOException {
        ReadStats stats = read("Date\tSymbol\tShortVolume\tShortExemptVolume\tTotalVolume\tMarket\n20200102\tA\t1\t0\t2\tN\n1\n");
        assertThat(stats).isEqualTo(ReadStats.of(1, 0));
    }

    @Test
    void readsHeaderWithUtf8ByteOrderMark() throws IOException {
        ReadStats stats = read("\uFEFF" + HEADER + "\n20200102|A|1|0|2|N\n1\n");
        assertThat(stats).isEqualTo(ReadStats.of(1, 0));
    }

    @Test
    void readsOldLayoutWithoutShortExemptVolumeAsZero() throws IOException {
        read("FNSQshvol20100104.txt", "Date|Symbol|ShortVolume|TotalVolume|Market\n20100104|A|1|2|Q\n1\n", StandardCharsets.UTF_8);
        assertThat(rows.get(0).getShortExemptVolume()).isZero();
    }

    @Test
    void rejectsRowDatedOtherThanTheFileName() throws IOException {
        ReadStats stats = read(HEADER + "\n20200103|A|1|0|2|N\n1\n");
        assertThat(stats).isEqualTo(ReadStats.of(0, 1));
        assertThat(rejects.rejections().get(0).reason()).contains("differs from the file name's date 2020-01-02");
    }

    @Test
    void rejectsShortVolumeAboveTotalButAcceptsShortPlusExemptAboveTotal() throws IOException {
        ReadStats stats = read(HEADER + "\n20200102|ANHpA|516|216|516|N\n20200102|B|517|0|516|N\n2\n");
        assertThat(stats).isEqualTo(ReadStats.of(1, 1));
        assertThat(rejects.rejections().get(0).reason()).contains("exceeds TotalVolume");
    }

    @Test
    void rejectsDataAfterTheTrailer() throws IOException {
        ReadStats stats = read(HEADER + "\n20200102|A|1|0|2|N\n1\n20200102|B|1|0|2|N\n");
        assertThat(stats.rejected()).isEqualTo(2); // the late row, and the count that no longer matches
        assertThat(rejects.rejections().get(0).reason()).contains("after the trailer");
    }
}
