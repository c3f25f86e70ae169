package io.tickflow.producers.readers.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvReaderTest {

    @TempDir
    Path dir;
    private final List<Bar> bars = new ArrayList<>();
    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();

    private static long nanos(String instant) {
        return Instant.parse(instant).getEpochSecond() * 1_000_000_000L;
    }

    private ReadStats readPreset(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        List<String> header = List.of(content.substring(0, content.indexOf('\r') > 0 ? content.indexOf('\r') : content.indexOf('\n')).split(","));
        Optional<GenericCsvMapping> mapping = GenericCsvPresets.forHeader(header, file);
        return new GenericCsvReader(mapping.orElseThrow()).readBars(file, bars::add, rejects);
    }

    @Test
    void readsDescendingEasternMinutesWithCrlfAndNoFinalNewline() throws IOException {
        ReadStats stats = readPreset("lev_intraday.csv", "timestamp_PT,time,open,high,low,close,volume\r\n"
                + "9/29/2021 16:55:00,9/29/2021 19:55:00,12.4,12.4,12.4,12.4,100\r\n"
                + "8/2/2021 6:27:00,8/2/2021 9:27:00,15.695,15.695,15.695,15.695,500");
        assertThat(stats).isEqualTo(ReadStats.of(2, 0));
        assertThat(bars.get(0).getTicker()).isEqualTo("LEV");
        // 19:55 EDT = 23:55Z
        assertThat(bars.get(0).getWindowStart()).isEqualTo(nanos("2021-09-29T23:55:00Z"));
        assertThat(bars.get(1).getWindowStart()).isEqualTo(nanos("2021-08-02T13:27:00Z"));
    }

    @Test
    void readsIsoTimesWithOffset() throws IOException {
        readPreset("SRNE_1min.csv", "time,open,high,low,close,volume\n2021-06-15 09:30:00-04:00,8.13,8.14,8.13,8.14,409\n");
        assertThat(bars.get(0).getWindowStart()).isEqualTo(nanos("2021-06-15T13:30:00Z"));
        assertThat(bars.get(0).getTicker()).isEqualTo("SRNE");
    }

    @Test
    void rejectsExcelZeroDateFillerRowsWithTheirReason() throws IOException {
        ReadStats stats = readPreset("lev_daily.csv",
                "timestamp_PT,timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient\r\n"
                        + "9/28/2021,9/29/2021,12.76,13.05,12.5,12.5,12.5,1660900,0,1\r\n12/29/1899,,,,,,,,,");
        assertThat(stats).isEqualTo(ReadStats.of(1, 1));
        assertThat(rejects.rejections().get(0).reason()).isEqualTo("spreadsheet filler row: Excel's zero date 12/29/1899 and no values");
        // a date alone is that session's midnight in New York: 2021-09-29T04:00Z
        assertThat(bars.get(0).getWindowStart()).isEqualTo(nanos("2021-09-29T04:00:00Z"));
    }

    @Test
    void readsTradesMappedByColumnNames() throws IOException {
        Path file = dir.resolve("ticks.csv");
        Files.writeString(file, "Date and Time,Price,Volume\n2011/07/31 22:00:00.120,1306.0,2\n");
        GenericCsvMapping mapping = GenericCsvMapping.trades(List.of("Date and Time"),
                new TimeFormat("yyyy/MM/dd HH:mm:ss.SSS", ZoneOffset.UTC), "ES", "Price", "Volume");
        List<Trade> trades = new ArrayList<>();
        new GenericCsvReader(mapping).readTrades(file, trades::add, rejects);
        assertThat(trades.get(0).getSipTs()).isEqualTo(nanos("2011-07-31T22:00:00Z") + 120_000_000L);
        assertThat(trades.get(0).getPrice()).isEqualTo(1306.0);
        assertThat(trades.get(0).getSize()).isEqualTo(2.0);
    }
}
