package io.tickflow.producers.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.TextInput;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticMarketGeneratorTest {

    private static final GeneratorSettings SMALL = new GeneratorSettings(42, 3, 3, LocalDate.of(2024, 1, 2), 0.2);

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesIdenticalBytes() throws IOException {
        GenerationSummary first = new SyntheticMarketGenerator(SMALL).writeTo(dir.resolve("a"));
        GenerationSummary second = new SyntheticMarketGenerator(SMALL).writeTo(dir.resolve("b"));

        assertThat(first.trades()).isEqualTo(second.trades());
        for (int i = 0; i < first.tradeFiles().size(); i++) {
            assertThat(Files.readAllBytes(second.tradeFiles().get(i))).isEqualTo(Files.readAllBytes(first.tradeFiles().get(i)));
            assertThat(Files.readAllBytes(second.minuteAggFiles().get(i)))
                    .isEqualTo(Files.readAllBytes(first.minuteAggFiles().get(i)));
        }
    }

    @Test
    void differentSeedWritesDifferentData() throws IOException {
        GenerationSummary first = new SyntheticMarketGenerator(SMALL).writeTo(dir.resolve("a"));
        GeneratorSettings other = new GeneratorSettings(43, 3, 3, SMALL.startDate(), SMALL.tradesScale());
        GenerationSummary second = new SyntheticMarketGenerator(other).writeTo(dir.resolve("b"));

        assertThat(second.tickers()).isNotEqualTo(first.tickers());
        assertThat(Files.readAllBytes(second.tradeFiles().get(0))).isNotEqualTo(Files.readAllBytes(first.tradeFiles().get(0)));
    }

    @Test
    void writesPolygonLayoutAndHeaders() throws IOException {
        GenerationSummary summary = new SyntheticMarketGenerator(SMALL).writeTo(dir);

        assertThat(summary.sessions()).containsExactly(
                LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
        assertThat(summary.tradeFiles().get(0))
                .isEqualTo(dir.resolve("us_stocks_sip/trades_v1/2024/01/2024-01-02.csv.gz"));
        assertThat(summary.minuteAggFiles().get(2))
                .isEqualTo(dir.resolve("us_stocks_sip/minute_aggs_v1/2024/01/2024-01-04.csv.gz"));
        assertThat(firstLine(summary.tradeFiles().get(0))).isEqualTo("ticker,conditions,correction,exchange,id,"
                + "participant_timestamp,price,sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp");
        assertThat(firstLine(summary.minuteAggFiles().get(0)))
                .isEqualTo("ticker,volume,open,close,high,low,window_start,transactions");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".partial"))).isEmpty();
        }
    }

    @Test
    void namesTickersWithFourDistinctSortedLetters() {
        List<String> names = TickerNames.generate(42, 50);

        assertThat(names).hasSize(50).doesNotHaveDuplicates().isSorted()
                .allSatisfy(name -> assertThat(name).matches("[A-Z]{4}"));
        assertThat(TickerNames.generate(42, 50)).isEqualTo(names);
    }

    @Test
    void readerAcceptsEveryGeneratedRowAndRewritesItIdentically() throws IOException {
        GenerationSummary summary = new SyntheticMarketGenerator(SMALL).writeTo(dir);
        Path file = summary.tradeFiles().get(1);
        List<Trade> trades = new ArrayList<>();
        InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();

        ReadStats stats = new PolygonTradesCsvReader().read(file, trades::add, rejects);

        List<String> lines = dataLines(file);
        assertThat(stats).isEqualTo(new ReadStats(lines.size(), lines.size(), 0));
        assertThat(trades.stream().map(PolygonFlatFileWriter::tradeRow)).containsExactlyElementsOf(lines);
    }

    @Test
    void minuteAggregatesAgreeWithTheTrades() throws IOException {
        GenerationSummary summary = new SyntheticMarketGenerator(SMALL).writeTo(dir);
        InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
        List<Trade> trades = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();

        new PolygonTradesCsvReader().read(summary.tradeFiles().get(0), trades::add, rejects);
        ReadStats barStats = new PolygonMinuteAggsCsvReader().read(summary.minuteAggFiles().get(0), bars::add, rejects);

        Map<String, List<Trade>> byTicker = trades.stream()
                .collect(Collectors.groupingBy(Trade::getTicker, TreeMap::new, Collectors.toList()));
        List<String> expected = byTicker.values().stream().flatMap(run -> MinuteAggregation.of(run).stream())
                .map(PolygonFlatFileWriter::barRow).collect(Collectors.toList());
        assertThat(barStats.rejected()).isZero();
        assertThat(bars.stream().map(PolygonFlatFileWriter::barRow)).containsExactlyElementsOf(expected);
        assertThat(bars.stream().mapToDouble(Bar::getVolume).sum())
                .isEqualTo(trades.stream().mapToDouble(Trade::getSize).sum());
        assertThat(bars.stream().mapToLong(Bar::getTransactions).sum()).isEqualTo(trades.size());
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader in = TextInput.open(file)) {
            return in.readLine();
        }
    }

    private static List<String> dataLines(Path file) throws IOException {
        try (BufferedReader in = TextInput.open(file)) {
            return in.lines().skip(1).collect(Collectors.toList());
        }
    }
}
