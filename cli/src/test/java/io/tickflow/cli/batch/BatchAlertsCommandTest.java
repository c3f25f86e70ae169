package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickflow.cli.Tickflow;
import io.tickflow.core.alerts.AlertIds;
import io.tickflow.core.alerts.AlertKind;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchAlertsCommandTest {
    @TempDir
    Path dir;

    @Test
    void firesEachKindOncePerTickerSessionWithStableIdsAndTheSameAlertsOnARerun() throws Exception {
        new SyntheticMarketGenerator(new GeneratorSettings(3, 2, 22, LocalDate.of(2024, 1, 2), 0.2))
                .writeTo(dir.resolve("in"));
        checkAlerts(dir.resolve("in/us_stocks_sip/minute_aggs_v1").toString());
    }

    @Test
    void firesFromTradeFilesOncePerKindPerTickerSessionWithStableIdsAndTheSameAlertsOnARerun() throws Exception {
        new SyntheticMarketGenerator(new GeneratorSettings(3, 2, 22, LocalDate.of(2024, 1, 2), 0.2))
                .writeTo(dir.resolve("in"));
        checkAlerts(dir.resolve("in/us_stocks_sip/trades_v1").toString());
    }

    private void checkAlerts(String minutes) throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        assertThat(Tickflow.commandLine().execute("batch", "alerts", "--input", minutes, "--out", first.toString()))
                .isZero();
        assertThat(Tickflow.commandLine().execute("batch", "alerts", "--input", minutes, "--out", second.toString()))
                .isZero();

        List<String> lines = Files.readAllLines(first);
        assertThat(lines).isNotEmpty().isEqualTo(Files.readAllLines(second));
        ObjectMapper json = new ObjectMapper();
        Set<String> kindTickerSessions = new HashSet<>();
        List<String> kinds = new ArrayList<>();
        for (String line : lines) {
            JsonNode alert = json.readTree(line);
            AlertKind kind = AlertKind.ofWireName(alert.get("kind").asText());
            String ticker = alert.get("ticker").asText();
            LocalDate session = LocalDate.parse(alert.get("session").asText());
            assertThat(kindTickerSessions.add(kind + "|" + ticker + "|" + session)).as("once per ticker-session: %s", line)
                    .isTrue();
            assertThat(alert.get("id").asText()).isEqualTo(AlertIds.of(kind, ticker, session));
            assertThat(alert.get("values").size()).isPositive();
            kinds.add(kind.wireName());
        }
        assertThat(kinds).contains("volume_spike", "opening_range_breakout");
    }
}
