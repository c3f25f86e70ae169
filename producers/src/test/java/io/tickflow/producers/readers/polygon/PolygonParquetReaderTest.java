package io.tickflow.producers.readers.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.DayBar;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonParquetReaderTest {

    /** 2021-02-05 09:30:00 New York (EST, UTC-5) = 14:30:00 UTC = 1612535400 s. */
    private static final long OPEN_SECONDS = 1_612_535_400L;
    private static final long OPEN_NANOS = OPEN_SECONDS * 1_000_000_000L;

    @TempDir
    Path dir;

    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
    private final List<Object> records = new ArrayList<>();

    @Test
    void readsTradesWithRestNamesAndNanosecondTimestamps() throws IOException {
        Path file = SeedParquetFiles.write(trades("AAME"), SeedParquetFiles.REST_TRADES, row -> {
            row.append("sip_timestamp", OPEN_NANOS + 123_456_789L).append("participant_timestamp", OPEN_NANOS + 100L)
                    .append("price", 2.51).append("size", 300.0).append("exchange", 4);
            SeedParquetFiles.addCodes(row, "conditions", 12, 37);
            row.append("correction", 0).append("sequence_number", 1234L).append("tape", 3).append("id", "52983525034");
        });

        ReadStats stats = read(file, Kind.TRADES);

        assertThat(stats).isEqualTo(new ReadStats(1, 1, 0));
        Trade trade = (Trade) records.get(0);
        assertThat(trade.getTicker()).isEqualTo("AAME"); // from the ticker=AAME folder
        assertThat(trade.getSipTs()).isEqualTo(1_612_535_400_123_456_789L);
        assertThat(trade.getParticipantTs()).isEqualTo(1_612_535_400_000_000_100L);
        assertThat(trade.getPrice()).isEqualTo(2.51);
        assertThat(trade.getSize()).isEqualTo(300.0);
        assertThat(trade.getExchange()).isEqualTo(4);
        assertThat(trade.getConditions()).containsExactly(12, 37);
        assertThat(trade.getCorrection()).isZero();
        assertThat(trade.getSequence()).isEqualTo(1234L);
        assertThat(trade.getTape()).isEqualTo(3);
        assertThat(trade.getId()).isEqualTo("52983525034");
        assertThat(trade.getSource()).isEqualTo(file.toString());
    }

    @Test
    void readsTradesWithSingleLetterNamesAndPlainMillisecondTimes() throws IOException {
        Path file = SeedParquetFiles.write(trades("AAME"), SeedParquetFiles.SHORT_TRADES, row -> {
            row.append("t", OPEN_SECONDS * 1000 + 5).append("p", 2.5).append("s", 100L).append("x", 11).append("q", 7L);
            row.addGroup("c").addGroup("list").append("element", 14L);
        });

        assertThat(read(file, Kind.TRADES)).isEqualTo(new ReadStats(1, 1, 0));
        Trade trade = (Trade) records.get(0);
        // plain int64 1612535400005 is ~1.6e12, so milliseconds: 1612535400005 * 10^6 ns
        assertThat(trade.getSipTs()).isEqualTo(1_612_535_400_005_000_000L);
        assertThat(trade.getSize()).isEqualTo(100.0);
        assertThat(trade.getConditions()).containsExactly(14);
        assertThat(trade.getSequence()).isEqualTo(7L);
    }

    @Test
    void rejectsTradeRowsWithReasonsAndKeepsTheGoodOnes() throws IOException {
        Path file = SeedParquetFiles.write(trades("AAME"), SeedParquetFiles.SHORT_TRADES,
                row -> row.append("t", OPEN_SECONDS * 1000).append("p", 2.5).append("s", 100L),
                row -> row.append("t", OPEN_SECONDS * 1000).append("p", 0.0).append("s", 100L),
                row -> row.append("p", 2.5).append("s", 100L),
                // 2021-02-06 02:00 UTC is 2021-02-05 21:00 in New York: same date, kept
                row -> row.append("t", 1_612_576_800_000L).append("p", 2.5).append("s", 100L),
                // 2021-02-05 05:00 UTC is 00:00 in New York: the folder's date, kept; 1 ms earlier is 2021-02-04
                row -> row.append("t", 1_612_501_200_000L - 1).append("p", 2.5).append("s", 100L));

        ReadStats stats = read(file, Kind.TRADES);

        assertThat(stats).isEqualTo(new ReadStats(5, 2, 3));
        assertThat(rejects.rejections()).extracting(Rejection::lineNumber).containsExactly(2L, 3L, 5L);
        assertThat(rejects.rejections()).extracting(Rejection::reason).containsExactly(
                "p must be > 0, was 0.0",
                "t is null",
                "time 2021-02-05T04:59:59.999Z is on 2021-02-04 in New York, not on the folder's date=2021-02-05");
        assertThat(rejects.rejections().get(0).inputTsNanos()).isEqualTo(OPEN_NANOS);
    }

    @Test
    void readsMinuteBarsWithMillisecondTimestampType() throws IOException {
        Path file = SeedParquetFiles.write(dir.resolve("raw/polygon/ohlcv_intraday_1m/ticker=AAME/date=2021-02-05/minute.parquet"),
                SeedParquetFiles.MINUTE,
                row -> row.append("t", OPEN_SECONDS * 1000).append("o", 2.5).append("h", 2.6).append("l", 2.4)
                        .append("c", 2.55).append("v", 4200.0).append("vw", 2.52).append("n", 17L),
                row -> row.append("t", OPEN_SECONDS * 1000 + 1000).append("o", 2.5).append("h", 2.6).append("l", 2.4)
                        .append("c", 2.55).append("v", 10.0));

        assertThat(read(file, Kind.MINUTE)).isEqualTo(new ReadStats(2, 1, 1));
        Bar bar = (Bar) records.get(0);
        assertThat(bar).isEqualTo(Bar.newBuilder().setTicker("AAME").setWindowStart(OPEN_NANOS).setOpen(2.5).setHigh(2.6)
                .setLow(2.4).setClose(2.55).setVolume(4200.0).setVwap(2.52).setTransactions(17L).setSource(file.toString())
                .build());
        assertThat(rejects.rejections().get(0).reason())
                .isEqualTo("minute bar time " + (OPEN_NANOS + 1_000_000_000L) + " is not on a whole minute");
    }

    @Test
    void readsDailyBarsWithADateColumnAsNewYorkMidnight() throws IOException {
        Path file = SeedParquetFiles.write(dir.resolve("raw/polygon/ohlcv_daily/ticker=AAME/date=2021-02-05/ohlcv.parquet"),
                SeedParquetFiles.DAILY, row -> row.append("date", 18_663) // 2021-02-05 is day 18663 since 1970-01-01
                        .append("open", 2.5).append("high", 3.0).append("low", 2.4).append("close", 2.9).append("volume", 1_000_000L));

        assertThat(read(file, Kind.DAILY)).isEqualTo(new ReadStats(1, 1, 0));
        Bar bar = ((DayBar) records.get(0)).bar();
        // midnight New York = 05:00 UTC = 1612501200 s
        assertThat(bar.getWindowStart()).isEqualTo(1_612_501_200_000_000_000L);
        assertThat(bar.getVolume()).isEqualTo(1_000_000.0);
        assertThat(bar.getVwap()).isNull();
    }

    @Test
    void rejectsATruncatedFileWhole() throws IOException {
        Path good = SeedParquetFiles.write(dir.resolve("good.parquet"), SeedParquetFiles.SHORT_TRADES,
                row -> row.append("t", OPEN_SECONDS * 1000).append("p", 2.5).append("s", 100L));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(Files.createDirectories(trades("AAME").getParent()).resolve("trades.parquet"),
                Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(read(cut, Kind.TRADES)).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).isEqualTo("truncated Parquet file: it does not end with the "
                + "footer magic PAR1 (" + bytes.length / 2 + " bytes)");
        assertThat(rejects.rejections().get(0).lineNumber()).isEqualTo(Rejection.WHOLE_SOURCE);
    }

    @Test
    void rejectsAnHtmlErrorPageSavedAsParquet() throws IOException {
        Path file = Files.createDirectories(trades("AAME").getParent()).resolve("trades.parquet");
        Files.writeString(file, "<html><body>403 Forbidden</body></html>\n");

        assertThat(read(file, Kind.TRADES)).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).isEqualTo("not a Parquet file: it does not start with PAR1 "
                + "but with a HTML body (an error page saved under a data name?) (40 bytes)");
    }

    @Test
    void rejectsAFileWithoutTheRequiredColumnsWhole() throws IOException {
        Path file = SeedParquetFiles.write(trades("AAME"), SeedParquetFiles.DAILY, row -> row.append("date", 18_663));

        assertThat(read(file, Kind.TRADES)).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).startsWith("the file lacks required columns "
                + "[time (one of [sip_timestamp, t, ts, sip_ts, timestamp, time]), price (one of [price, p]), "
                + "size (one of [size, s])]; it has [date, open, high, low, close, volume]");
    }

    @Test
    void detectsTheSeedLayoutByPathAndOtherParquetByMagicAndColumns() throws IOException {
        Path trades = SeedParquetFiles.write(trades("AAME"), SeedParquetFiles.SHORT_TRADES, row -> row.append("t", 1L));
        Path elsewhere = SeedParquetFiles.write(dir.resolve("export/part-0.bin"), SeedParquetFiles.MINUTE, row -> row.append("o", 1.0));
        Path html = Files.writeString(Files.createDirectories(dir.resolve("raw/polygon/ohlcv_daily/ticker=X")).resolve("ohlcv.parquet"), "<html>");

        assertThat(FormatDetector.detect(trades)).contains(InputFormat.POLYGON_TRADES_PARQUET);
        assertThat(FormatDetector.detect(elsewhere)).contains(InputFormat.POLYGON_MINUTE_PARQUET);
        assertThat(FormatDetector.detect(html)).as("by path, so the reader can reject it with a reason")
                .isEqualTo(Optional.of(InputFormat.POLYGON_DAILY_PARQUET));
    }

    private Path trades(String ticker) {
        return dir.resolve("raw/polygon/trades/ticker=" + ticker + "/date=2021-02-05/trades.parquet");
    }

    private ReadStats read(Path file, Kind kind) {
        return new PolygonParquetReader().read(file, kind, null, records::add, rejects);
    }
}
