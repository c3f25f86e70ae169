package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketCapCsvTest {
    @TempDir
    Path dir;

    @Test
    void groupsCapsByTickerAndDate() throws Exception {
        Path csv = Files.writeString(dir.resolve("caps.csv"),
                "ticker,date,market_cap\nABC,2024-01-02,1.5e9\nABC,2024-03-01,2500000000\nXYZ,2024-01-02,7e8\n");
        MarketCapCsv caps = read(csv);
        assertThat(caps.caps().get("ABC").capOn(LocalDate.of(2024, 2, 1), 100)).isEqualTo(1.5e9);
        assertThat(caps.caps().get("ABC").capOn(LocalDate.of(2024, 3, 1), 100)).isEqualTo(2.5e9);
        assertThat(caps.records()).containsOnlyKeys("ABC|2024-01-02", "ABC|2024-03-01", "XYZ|2024-01-02");
    }

    @Test
    void aTickerDateGivenTwiceKeepsTheLaterRowAsTheCompactedTopicDoes() throws Exception {
        Path csv = Files.writeString(dir.resolve("caps.csv"),
                "ticker,date,market_cap\nABC,2024-01-02,1e9\nABC,2024-01-02,2e9\n");
        assertThat(read(csv).caps().get("ABC").capOn(LocalDate.of(2024, 1, 2), 0)).isEqualTo(2e9);
    }

    @Test
    void malformedRowsAreRejectedWithTheirReasonAndCounted() throws Exception {
        Path csv = Files.writeString(dir.resolve("caps.csv"), "ticker,date,market_cap\nABC,2024-01-02,-5\n"
                + "ABC,2024-01-03,1e9\n");
        MarketCapCsv caps = read(csv);
        assertThat(caps.read().accepted()).isEqualTo(1);
        assertThat(caps.read().rejected()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("rejects.csv"))).contains("caps.csv");
    }

    private MarketCapCsv read(Path csv) {
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(dir)) {
            return MarketCapCsv.read(csv, rejects);
        }
    }
}
