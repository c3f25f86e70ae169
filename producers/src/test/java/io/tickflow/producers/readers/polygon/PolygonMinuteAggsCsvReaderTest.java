package io.tickflow.producers.readers.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Bar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonMinuteAggsCsvReaderTest {

    private static final String HEADER = "ticker,volume,open,close,high,low,window_start,transactions";

    @TempDir
    Path dir;

    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
    private final List<Bar> bars = new ArrayList<>();

    @Test
    void readsAMinuteBar() throws IOException {
        // 2024-01-02 09:30 New York = 14:30 UTC = 1704205800 s
        ReadStats stats = read(HEADER + "\nABCD,4200,2.5,2.55,2.6,2.49,1704205800000000000,17\n");

        assertThat(stats).isEqualTo(new ReadStats(1, 1, 0));
        Bar bar = bars.get(0);
        assertThat(bar.getTicker()).isEqualTo("ABCD");
        assertThat(bar.getVolume()).isEqualTo(4200.0);
        assertThat(bar.getOpen()).isEqualTo(2.5);
        assertThat(bar.getClose()).isEqualTo(2.55);
        assertThat(bar.getHigh()).isEqualTo(2.6);
        assertThat(bar.getLow()).isEqualTo(2.49);
        assertThat(bar.getWindowStart()).isEqualTo(1704205800000000000L);
        assertThat(bar.getTransactions()).isEqualTo(17L);
        assertThat(bar.getVwap()).as("the flat file has no vwap column").isNull();
    }

    @Test
    void rejectsInconsistentOhlcAndOffMinuteWindows() throws IOException {
        ReadStats stats = read(HEADER + "\n"
                + "ABCD,4200,2.5,2.55,2.52,2.49,1704205800000000000,17\n"     // high below close
                + "ABCD,4200,2.5,2.55,2.6,2.49,1704205801000000000,17\n"      // 1 s past the minute
                + "ABCD,-1,2.5,2.55,2.6,2.49,1704205860000000000,17\n");      // negative volume

        assertThat(stats).isEqualTo(new ReadStats(3, 0, 3));
        assertThat(rejects.rejections()).extracting(Rejection::reason).containsExactly(
                "OHLC is inconsistent: open=2.5 high=2.52 low=2.49 close=2.55",
                "window_start 1704205801000000000 is not on a whole minute",
                "volume must be >= 0, was -1");
    }

    private ReadStats read(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("2024-01-02.csv"), content);
        return new PolygonMinuteAggsCsvReader().read(file, bars::add, rejects);
    }
}
