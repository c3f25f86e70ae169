package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.Tickflow;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.streams.bars.BarRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchDailyUniverseCommandTest {
    @TempDir
    Path dir;

    @Test
    void bundledUniverseThresholdsAreTheSeedDefaults() {
        assertThat(TickflowConfig.defaults().universe().thresholds().rules()).isEqualTo(InfoRichRules.defaults());
    }

    @Test
    void dailyThenUniverseWriteTheSeedLayout() throws Exception {
        var data = new SyntheticMarketGenerator(new GeneratorSettings(3, 2, 14, LocalDate.of(2024, 1, 2), 0.2))
                .writeTo(dir.resolve("in"));
        Path out = dir.resolve("out");
        int daily = Tickflow.commandLine().execute("batch", "daily", "--input", dir.resolve("in/us_stocks_sip/minute_aggs_v1").toString(),
                "--out", out.toString(), "--version", "v_test");
        int universe = Tickflow.commandLine().execute("batch", "universe", "--out", out.toString(),
                "--version", "v_test", "--dvol", "1000");
        assertThat(daily).isZero();
        assertThat(universe).isZero();
        String ticker = data.tickers().get(0);
        Path cache = out.resolve("processed/daily_cache/v_test");
        assertThat(cache.resolve("ticker=" + ticker + "/date=2024-01-02/metrics.parquet")).exists();
        assertThat(cache.resolve("_SUCCESS")).exists();
        assertThat(Files.readString(cache.resolve("MANIFEST.json"))).contains("\"rows\":28");
        Path universeRoot = out.resolve("processed/universe/info_rich/v_test");
        assertThat(Files.readAllLines(universeRoot.resolve("info_rich_tickers.csv")).get(0))
                .isEqualTo("ticker,info_rich_days,first_date,last_date");
        assertThat(DailyCacheReader.read(cache)).hasSize(28);
    }

    @Test
    void dailyFromTradesCountsTheBarEligibleRegularSessionTrades() throws Exception {
        new SyntheticMarketGenerator(new GeneratorSettings(2, 2, 3, LocalDate.of(2024, 1, 2), 0.2))
                .writeTo(dir.resolve("in"));
        Path tradeFiles = dir.resolve("in/us_stocks_sip/trades_v1");
        Path out = dir.resolve("out");
        assertThat(Tickflow.commandLine().execute("batch", "daily", "--from-trades", "--input", tradeFiles.toString(),
                "--out", out.toString(), "--version", "v_trades")).isZero();
        Map<String, Double> volumes = new TreeMap<>();
        PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
        try (Stream<Path> files = Files.walk(tradeFiles);
             RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                reader.read(file, t -> {
                    if (BarRecords.eligibility(t, SessionScope.REGULAR) == BarEligibility.ELIGIBLE) {
                        volumes.merge(t.getTicker() + "|" + SessionClock.sessionDate(t.getSipTs()), t.getSize(),
                                Double::sum);
                    }
                }, rejects);
            }
        }
        Map<String, Double> rows = new TreeMap<>();
        DailyCacheReader.read(out.resolve("processed/daily_cache/v_trades"))
                .forEach(r -> rows.put(r.getTicker() + "|" + r.getDate(), r.getVolD()));
        assertThat(rows).isNotEmpty().isEqualTo(volumes);
    }
}
