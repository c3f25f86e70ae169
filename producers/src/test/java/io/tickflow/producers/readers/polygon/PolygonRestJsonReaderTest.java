package io.tickflow.producers.readers.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonRestJsonReaderTest {

    @TempDir
    Path dir;
    private final List<Trade> trades = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();
    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();

    private ReadStats read(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return new PolygonRestJsonReader().read(file, null, r -> {
            if (r instanceof Trade t) {
                trades.add(t);
            } else {
                bars.add((Bar) r);
            }
        }, rejects);
    }

    @Test
    void readsNanosecondTimestampsExactlyFromTheRawToken() throws IOException {
        read("trades_AAPL_limit2.json", "{\"results\":[{\"sip_timestamp\":1651181822461979401,"
                + "\"participant_timestamp\":1.651181822461636601E18,\"price\":156.43,\"size\":10,"
                + "\"conditions\":[12,37],\"trf_timestamp\":0}],\"status\":\"OK\"}");
        // (double) 1651181822461979401 would be ...979392: the nearest double is 128 ns apart here
        assertThat(trades.get(0).getSipTs()).isEqualTo(1651181822461979401L);
        assertThat(trades.get(0).getParticipantTs()).isEqualTo(1651181822461636601L);
        assertThat(trades.get(0).getTrfTs()).isNull();
        assertThat(trades.get(0).getTicker()).isEqualTo("AAPL");
        assertThat(trades.get(0).getConditions()).containsExactly(12, 37);
    }

    @Test
    void readsAggregatesWithMillisecondWindowStart() throws IOException {
        read("aggs.json", "{\"ticker\":\"AAPL\",\"results\":[{\"v\":642646396.0,\"vw\":1.469,\"o\":1.5032,"
                + "\"c\":1.4604,\"h\":1.5064,\"l\":1.4489,\"t\":1112331600000,\"n\":82132}],\"status\":\"OK\"}");
        assertThat(bars.get(0).getWindowStart()).isEqualTo(1112331600000L * 1_000_000L);
        assertThat(bars.get(0).getVolume()).isEqualTo(642646396.0);
        assertThat(bars.get(0).getTransactions()).isEqualTo(82132L);
    }

    @Test
    void rejectsErrorStatusPageWhole() throws IOException {
        ReadStats stats = read("aggs.json", "{\"status\":\"NOT_AUTHORIZED\",\"message\":\"upgrade your plan\"}");
        assertThat(stats).isEqualTo(ReadStats.of(0, 1));
        assertThat(rejects.rejections().get(0).reason()).contains("NOT_AUTHORIZED");
    }

    @Test
    void rejectsHtmlBodySavedAsJson() throws IOException {
        ReadStats stats = read("aggs.json", "<html><body>502 Bad Gateway</body></html>");
        assertThat(stats).isEqualTo(ReadStats.of(0, 1));
        assertThat(rejects.rejections().get(0).reason()).contains("HTML");
    }

    @Test
    void rejectsOneBadResultWithItsIndex() throws IOException {
        ReadStats stats = read("trades_AAPL.json", "{\"results\":[{\"sip_timestamp\":1651181822461979401,"
                + "\"price\":1,\"size\":1},{\"sip_timestamp\":1651181822,\"price\":1,\"size\":1}],\"status\":\"OK\"}");
        assertThat(stats).isEqualTo(ReadStats.of(1, 1));
        assertThat(rejects.rejections().get(0).lineNumber()).isEqualTo(2);
        assertThat(rejects.rejections().get(0).reason()).contains("not a time between 1990 and 2100");
    }
}
