package io.tickflow.producers.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that generated data looks like a small-cap tape, on 4 tickers over 14 sessions. */
class SyntheticMarketShapeTest {

    private static final GeneratorSettings SETTINGS = new GeneratorSettings(7, 4, 14, LocalDate.of(2024, 3, 14), 1.0);

    @TempDir
    static Path dir;

    private static GenerationSummary summary;
    private static final List<Trade> TRADES = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        summary = new SyntheticMarketGenerator(SETTINGS).writeTo(dir);
        InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
        for (Path file : summary.tradeFiles()) {
            new PolygonTradesCsvReader().read(file, TRADES::add, rejects);
        }
        assertThat(rejects.rejections()).isEmpty();
        assertThat(TRADES).hasSize((int) summary.trades());
    }

    @Test
    void skipsGoodFriday() {
        // 2024-03-29 was Good Friday
        assertThat(summary.sessions()).doesNotContain(LocalDate.of(2024, 3, 29)).contains(LocalDate.of(2024, 3, 28));
    }

    @Test
    void keepsPricesInsideTheBandOnTheTickGrid() {
        assertThat(TRADES).allSatisfy(trade -> {
            double price = trade.getPrice();
            assertThat(price).isBetween(0.50, 20.0);
            double ticks = price * (price >= 1.0 ? 100 : 10_000);
            assertThat(Math.abs(ticks - Math.rint(ticks))).isLessThan(1e-6);
        });
    }

    @Test
    void tradesMoreNearTheOpenAndCloseThanAtMidday() {
        long firstHalfHour = countBetween(LocalTime.of(9, 30), LocalTime.of(10, 0));
        long midday = countBetween(LocalTime.of(12, 0), LocalTime.of(12, 30));
        long lastHalfHour = countBetween(LocalTime.of(15, 30), LocalTime.of(16, 0));

        assertThat(firstHalfHour).isGreaterThan(2 * midday);
        assertThat(lastHalfHour).isGreaterThan(2 * midday);
    }

    @Test
    void drawsHeavyTailedSizesWithOddLots() {
        List<Double> sizes = TRADES.stream().map(Trade::getSize).sorted().collect(Collectors.toList());
        double median = sizes.get(sizes.size() / 2);
        double max = sizes.get(sizes.size() - 1);
        double total = sizes.stream().mapToDouble(Double::doubleValue).sum();
        double topPercent = sizes.subList(sizes.size() * 99 / 100, sizes.size()).stream().mapToDouble(Double::doubleValue).sum();
        long oddLots = sizes.stream().filter(size -> size < 100).count();

        assertThat(max).isGreaterThan(50 * median);
        assertThat(topPercent / total).as("share of volume in the largest 1% of trades").isGreaterThan(0.10);
        assertThat((double) oddLots / sizes.size()).isBetween(0.25, 0.35);
    }

    @Test
    void marksExtendedHoursWithFormTAndOddLotsWith37() {
        List<Trade> extended = TRADES.stream().filter(t -> !regular(t)).collect(Collectors.toList());

        assertThat(extended).isNotEmpty().allSatisfy(t -> assertThat(t.getConditions()).contains(12));
        assertThat(TRADES.stream().filter(SyntheticMarketShapeTest::regular)).noneMatch(t -> t.getConditions().contains(12));
        assertThat(TRADES).allSatisfy(t -> assertThat(t.getConditions().contains(37)).isEqualTo(t.getSize() < 100));
        assertThat(extended).allSatisfy(t -> assertThat(time(t)).isBetween(LocalTime.of(4, 0), LocalTime.of(19, 59, 59, 999_999_999)));
    }

    @Test
    void writesSomeRareConditionCodes() {
        assertThat(TRADES.stream().flatMap(t -> t.getConditions().stream()).distinct()).contains(14, 41);
    }

    @Test
    void givesEveryTickerABurstWithManyMoreTradesAndABigMove() {
        Map<String, List<BurstDay>> bursts = summary.burstDays().stream().collect(Collectors.groupingBy(BurstDay::ticker));
        assertThat(bursts.keySet()).containsExactlyInAnyOrderElementsOf(summary.tickers());
        for (String ticker : summary.tickers()) {
            long median = medianTradesPerSession(ticker);
            BurstDay biggest = bursts.get(ticker).stream().max(Comparator.comparingInt(BurstDay::trades)).orElseThrow();
            assertThat((long) biggest.trades()).as(ticker).isGreaterThan(3 * median);
        }
        assertThat(summary.burstDays()).anySatisfy(burst -> assertThat(Math.abs(burst.openToClose())).isGreaterThan(0.15));
    }

    @Test
    void keepsSequenceNumbersIncreasingPerTickerAndDay() {
        Map<String, List<Trade>> runs = TRADES.stream().collect(Collectors.groupingBy(t -> t.getTicker() + date(t)));
        runs.values().forEach(run -> assertThat(run).extracting(Trade::getSequence).isSorted().doesNotHaveDuplicates());
        runs.values().forEach(run -> assertThat(run).extracting(Trade::getSipTs).isSorted());
    }

    private static long medianTradesPerSession(String ticker) {
        List<Long> counts = TRADES.stream().filter(t -> t.getTicker().equals(ticker))
                .collect(Collectors.groupingBy(SyntheticMarketShapeTest::date, Collectors.counting()))
                .values().stream().sorted().collect(Collectors.toList());
        return counts.get(counts.size() / 2);
    }

    private static long countBetween(LocalTime from, LocalTime to) {
        return TRADES.stream().filter(t -> !time(t).isBefore(from) && time(t).isBefore(to)).count();
    }

    private static boolean regular(Trade trade) {
        LocalTime time = time(trade);
        return !time.isBefore(LocalTime.of(9, 30)) && time.isBefore(LocalTime.of(16, 0));
    }

    private static LocalTime time(Trade trade) {
        return instant(trade).atZone(io.tickflow.core.calendar.SessionClock.EXCHANGE_ZONE).toLocalTime();
    }

    private static LocalDate date(Trade trade) {
        return instant(trade).atZone(io.tickflow.core.calendar.SessionClock.EXCHANGE_ZONE).toLocalDate();
    }

    private static Instant instant(Trade trade) {
        return Instant.ofEpochSecond(0, trade.getSipTs());
    }
}
