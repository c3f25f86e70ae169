package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.core.universe.MarketCapHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketCapCsvTest {
    @TempDir
    Path dir;

    @Test
    void readsCapsByTickerAndDate() throws Exception {
        Path csv = Files.writeString(dir.resolve("caps.csv"),
                "ticker,date,market_cap\nABC,2024-01-02,1.5e9\nABC,2024-03-01,2500000000\n\nXYZ,2024-01-02,0\n");
        Map<String, MarketCapHistory> caps = MarketCapCsv.read(csv);
        assertThat(caps.get("ABC").capOn(LocalDate.of(2024, 2, 1), 100)).isEqualTo(1.5e9);
        assertThat(caps.get("ABC").capOn(LocalDate.of(2024, 3, 1), 100)).isEqualTo(2.5e9);
        assertThat(caps.get("XYZ").capOn(LocalDate.of(2024, 1, 2), 100)).isZero();
    }

    @Test
    void namesFileAndLineOfAMalformedRow() throws Exception {
        Path csv = Files.writeString(dir.resolve("caps.csv"), "ticker,date,market_cap\nABC,2024-01-02,-5\n");
        assertThatThrownBy(() -> MarketCapCsv.read(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("finite and >= 0");
    }

    @Test
    void refusesASecondValueForTheSameTickerAndDate() throws Exception {
        Path csv = Files.writeString(dir.resolve("caps.csv"),
                "ticker,date,market_cap\nABC,2024-01-02,1e9\nABC,2024-01-02,2e9\n");
        assertThatThrownBy(() -> MarketCapCsv.read(csv)).hasMessageContaining("line 3")
                .hasMessageContaining("second value for ABC on 2024-01-02");
    }

    @Test
    void refusesAnotherHeader() throws Exception {
        Path csv = Files.writeString(dir.resolve("caps.csv"), "symbol,day,cap\n");
        assertThatThrownBy(() -> MarketCapCsv.read(csv)).hasMessageContaining("expected header ticker,date,market_cap");
    }
}
