package io.tickflow.producers.readers.lean;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeanTickTradeReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsDeciCentPricesAndFractionalMillisecondsFromMidnightNewYork() throws IOException {
        Path file = dir.resolve("20131007_aig_Trade_Tick.csv");
        Files.writeString(file, "14400688,491800,300,P,2000,0\n14400009.367,488700,100,D,1,0\n14400010,1,1,?,1,0\n14400011,1,1,Q,1,1");
        List<Trade> trades = new ArrayList<>();
        InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
        ReadStats stats = new LeanTickTradeReader().read(file, trades::add, rejects);
        assertThat(stats).isEqualTo(ReadStats.of(2, 2));
        long midnight = Instant.parse("2013-10-07T04:00:00Z").getEpochSecond() * 1_000_000_000L; // 00:00 EDT
        assertThat(trades.get(0).getSipTs()).isEqualTo(midnight + 14_400_688_000_000L);
        assertThat(trades.get(0).getPrice()).isEqualTo(49.18); // 491800 / 10000
        assertThat(trades.get(0).getExchange()).isEqualTo(11); // P = NYSE Arca
        assertThat(trades.get(0).getTicker()).isEqualTo("AIG");
        assertThat(trades.get(1).getSipTs()).isEqualTo(midnight + 14_400_009_367_000L);
        assertThat(rejects.rejections()).extracting(r -> r.reason())
                .containsExactly("unknown exchange code '?'", "flagged suspicious by the vendor (suspicious=1)");
    }
}
