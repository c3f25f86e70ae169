package io.tickflow.producers.readers.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonTradesCsvReaderTest {

    static final String HEADER = "ticker,conditions,correction,exchange,id,participant_timestamp,price,"
            + "sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp";
    /** A row as in Polygon's published sample (ticker A, 2024-04-05). */
    static final String GOOD_ROW =
            "A,\"12,37\",0,11,52983525035312,1712306654208705342,142.99,3807,1712306654208740096,5,1,0,0";

    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    private final PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
    private final List<Trade> trades = new ArrayList<>();

    @Test
    void readsEveryColumnOfAPolygonRow() throws IOException {
        ReadStats stats = read(write("2024-04-05.csv", HEADER + "\n" + GOOD_ROW + "\n"));

        assertThat(stats).isEqualTo(new ReadStats(1, 1, 0));
        Trade trade = trades.get(0);
        assertThat(trade.getTicker()).isEqualTo("A");
        assertThat(trade.getConditions()).containsExactly(12, 37);
        assertThat(trade.getCorrection()).isZero();
        assertThat(trade.getExchange()).isEqualTo(11);
        assertThat(trade.getId()).isEqualTo("52983525035312");
        assertThat(trade.getParticipantTs()).isEqualTo(1712306654208705342L);
        assertThat(trade.getPrice()).isEqualTo(142.99);
        assertThat(trade.getSequence()).isEqualTo(3807L);
        assertThat(trade.getSipTs()).isEqualTo(1712306654208740096L);
        assertThat(trade.getSize()).isEqualTo(5.0);
        assertThat(trade.getTape()).isEqualTo(1);
        assertThat(trade.getTrfId()).as("0 means not a TRF print").isNull();
        assertThat(trade.getTrfTs()).as("0 means not a TRF print").isNull();
        assertThat(trade.getSource()).isEqualTo(dir.resolve("2024-04-05.csv").toString());
    }

    @Test
    void rejectsEachBadLineWithItsLineNumberAndReason() throws IOException {
        String content = HEADER + "\n"
                + GOOD_ROW + "\n"                                                                        // 2 ok
                + "A,12,0,11,2,1712306654429439337,14x.5,3809,1712306654429468160,187,1,0,0\n"          // 3 bad number
                + "A,,0,4,3,1712306654429439337,143,3810,1712306654429468161,-100,3,202,1712306654429468000\n" // 4 negative size
                + "A,,0,11,4,1712306654429439337,,3811,1712306654429468162,100,1,0,0\n"                 // 5 missing price
                + "A,,0,11,5,1712306654429439337,143.01,3812,1712306654429468163,100,1,0,0\r\n"         // 6 CRLF, ok
                + "A,,0,11,6,1712306654429439337,143.01,3812,1712306654429468164,100,1\n"               // 7 two fields short
                + "A,,0,11,7,1712306654429,143.01,3813,1712306654429,100,1,0,0\n";                      // 8 ms timestamps

        ReadStats stats = read(write("2024-04-05.csv", content));

        assertThat(stats).isEqualTo(new ReadStats(7, 2, 5));
        assertThat(trades).extracting(Trade::getId).containsExactly("52983525035312", "5");
        assertThat(rejects.rejections()).extracting(Rejection::lineNumber).containsExactly(3L, 4L, 5L, 7L, 8L);
        assertThat(rejects.rejections()).extracting(Rejection::reason).containsExactly(
                "price is not a decimal number: '14x.5'",
                "size must be > 0, was -100",
                "missing required field price",
                "expected 13 fields as in the header, found 11",
                "sip_timestamp 1712306654429 is not a nanosecond timestamp between 1990 and 2100 (seconds or milliseconds?)");
        assertThat(rejects.rejections().get(0).raw())
                .isEqualTo("A,12,0,11,2,1712306654429439337,14x.5,3809,1712306654429468160,187,1,0,0");
        assertThat(rejects.rejections().get(0).inputTsNanos()).isEqualTo(1712306654429468160L);
        assertThat(rejects.rejections()).allSatisfy(r -> assertThat(r.format()).isEqualTo("polygon-trades-csv"));
    }

    @Test
    void acceptsCrlfLineEndingsThroughout() throws IOException {
        ReadStats stats = read(write("crlf.csv", HEADER + "\r\n" + GOOD_ROW + "\r\n" + GOOD_ROW + "\r\n"));

        assertThat(stats).isEqualTo(new ReadStats(2, 2, 0));
        assertThat(trades.get(1).getTrfTs()).isNull();
    }

    @Test
    void rejectsLenientNumberSpellings() throws IOException {
        String content = HEADER + "\n"
                + "A,,0,11,1,1712306654208705342,NaN,1,1712306654208740096,5,1,0,0\n"
                + "A,,0,11,1,1712306654208705342,0x1p3,1,1712306654208740096,5,1,0,0\n"
                + "A,,0,11,1,1712306654208705342,1.5,1,1712306654208740096.0,5,1,0,0\n"
                + "A,,0,11,1,1712306654208705342,1.5,1,1712306654208740096,0,1,0,0\n";

        ReadStats stats = read(write("lenient.csv", content));

        assertThat(stats).isEqualTo(new ReadStats(4, 0, 4));
        assertThat(rejects.rejections()).extracting(Rejection::reason).containsExactly(
                "price is not a decimal number: 'NaN'",
                "price is not a decimal number: '0x1p3'",
                "sip_timestamp is not an integer: '1712306654208740096.0'",
                "size must be > 0, was 0");
    }

    @Test
    void locatesColumnsByNameWhateverTheirOrder() throws IOException {
        String header = "sip_timestamp,size,price,ticker,conditions";
        ReadStats stats = read(write("reordered.csv", header + "\n1712306654208740096,300,1.2345,XYZW,37\n"));

        assertThat(stats).isEqualTo(new ReadStats(1, 1, 0));
        assertThat(trades.get(0).getTicker()).isEqualTo("XYZW");
        assertThat(trades.get(0).getPrice()).isEqualTo(1.2345);
        assertThat(trades.get(0).getSize()).isEqualTo(300.0);
        assertThat(trades.get(0).getExchange()).as("absent optional column").isNull();
    }

    @Test
    void keepsTrfFieldsOfTrfPrints() throws IOException {
        String row = "A,,0,4,9,1712306654208705342,2.5,1,1712306654208740096,100,3,202,1712306654208730000";
        read(write("trf.csv", HEADER + "\n" + row + "\n"));

        assertThat(trades.get(0).getTrfId()).isEqualTo(202);
        assertThat(trades.get(0).getTrfTs()).isEqualTo(1712306654208730000L);
    }

    @Test
    void readsGzipContentWhateverTheFileName() throws IOException {
        Path file = dir.resolve("2024-04-05.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "\n" + GOOD_ROW + "\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(file)).isEqualTo(new ReadStats(1, 1, 0));
    }

    @Test
    void rejectsHtmlBodyAsAWholeWithOneReason() throws IOException {
        String page = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                + "<body>a,b,c</body></html>\n";

        ReadStats stats = read(write("2024-04-05.csv", page));

        assertThat(stats).isEqualTo(new ReadStats(1, 0, 1));
        Rejection rejection = rejects.rejections().get(0);
        assertThat(rejection.position()).isEqualTo("whole file");
        assertThat(rejection.reason()).isEqualTo("file body is HTML, not polygon-trades-csv CSV: "
                + "probably an error page or API error saved under a data file name");
        assertThat(rejection.raw()).isEqualTo(page.stripTrailing());
    }

    @Test
    void rejectsXmlErrorBodyAsAWhole() throws IOException {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code></Error>\n";

        ReadStats stats = read(write("2024-04-06.csv", body));

        assertThat(stats).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).startsWith("file body is XML");
    }

    @Test
    void reportsEmptyFileAsOneRejection() throws IOException {
        ReadStats stats = read(write("2024-04-05.csv", ""));

        assertThat(stats).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).isEqualTo("file is empty: no header and no data");
        assertThat(rejects.rejections().get(0).lineNumber()).isEqualTo(Rejection.WHOLE_SOURCE);
    }

    @Test
    void acceptsHeaderOnlyFileAsZeroRecords() throws IOException {
        assertThat(read(write("quiet.csv", HEADER + "\n"))).isEqualTo(ReadStats.EMPTY);
        assertThat(rejects.rejections()).isEmpty();
    }

    @Test
    void rejectsHeaderLackingRequiredColumns() throws IOException {
        ReadStats stats = read(write("other.csv", "symbol,price,volume\nA,1.5,100\n"));

        assertThat(stats).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason())
                .isEqualTo("header lacks required columns [ticker, sip_timestamp, size]; found [symbol, price, volume]");
    }

    @Test
    void countsBlankLineAsRejected() throws IOException {
        ReadStats stats = read(write("blank.csv", HEADER + "\n" + GOOD_ROW + "\n\n" + GOOD_ROW + "\n"));

        assertThat(stats).isEqualTo(new ReadStats(3, 2, 1));
        assertThat(rejects.rejections().get(0).lineNumber()).isEqualTo(3);
        assertThat(rejects.rejections().get(0).reason()).isEqualTo("blank line");
    }

    @Test
    void rejectsTruncatedGzipTailButKeepsTheRowsBeforeIt() throws IOException {
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < ROWS; i++) { // varied rows, so the compressed half holds many lines
            content.append("A,,0,11,").append(i).append(",1712306654208705342,").append(1 + i % 997 / 100.0)
                    .append(',').append(i).append(',').append(1712306654208740096L + 7919L * i).append(',')
                    .append(1 + (i * 7919) % 1000).append(",1,0,0\n");
        }
        Path whole = dir.resolve("whole.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(content.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("2024-04-05.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        ReadStats stats = read(truncated);

        assertThat(stats.rejected()).isEqualTo(1);
        assertThat(stats.accepted()).isPositive().isLessThan(ROWS);
        assertThat(rejects.rejections().get(0).reason()).startsWith("cannot read past line " + (stats.accepted() + 1));
    }

    @Test
    void rejectsMissingFileAsAWhole() {
        ReadStats stats = read(dir.resolve("absent.csv"));

        assertThat(stats).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).startsWith("cannot open file: NoSuchFileException");
    }

    @Test
    void rejectsRealHtmlErrorPageSavedUnderADataFileName() {
        // FINRA's old host answered a Saturday request with this 404 page; a cron saved it as data
        // (shared/data/real/PROVENANCE.md). Any data reader must refuse such a body as a whole.
        Path realData = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
        Path page = realData.resolve("finra_regsho/error_bodies/CNMSshvol20210320.txt");
        Assumptions.assumeTrue(Files.isRegularFile(page), "real data absent: " + page);

        ReadStats stats = read(page);

        assertThat(stats).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).startsWith("file body is HTML");
    }

    private ReadStats read(Path file) {
        return reader.read(file, trades::add, rejects);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
