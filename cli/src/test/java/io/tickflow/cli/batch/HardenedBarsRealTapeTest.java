package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.streams.bars.DibBarsTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hardened bars on real tapes (LEAN tick zips, 2013-10-07, one regular session each) neither collapse to
 * {@code min_ticks} (BAC and IBM gave about 2,000 bars of 10 trades before the anchored threshold) nor stall (AIG
 * gave 5 bars, one of 18,071 trades).
 */
class HardenedBarsRealTapeTest {
    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));

    @TempDir
    Path dir;

    private List<ImbalanceBar> bars(DibBarsTopology.Settings settings, Path tape) throws Exception {
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(dir)) {
            return new BarsBatch(settings).run(List.of(tape), rejects).bars();
        }
    }

    private static Path tape(String ticker) throws Exception {
        Path zip = REAL.resolve("lean_tick/" + ticker + "/20131007_trade.zip");
        Assumptions.assumeTrue(Files.isRegularFile(zip), "real data absent: " + zip);
        return zip;
    }

    private static long medianTicks(List<ImbalanceBar> bars) {
        long[] ticks = bars.stream().mapToLong(ImbalanceBar::getTicks).sorted().toArray();
        return ticks[ticks.length / 2];
    }

    private static long trades(List<ImbalanceBar> bars) {
        return bars.stream().mapToLong(ImbalanceBar::getTicks).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aig", "bac", "ibm"})
    void firstSessionOfATickerGivesBarsNearItsFallbackE0(String ticker) throws Exception {
        // no trailing sessions: E0[T] = exp_num_ticks_init = 1000, so about trades / 1000 bars
        DibBarsTopology.Settings settings = TickflowConfig.defaults().barsStage();
        List<ImbalanceBar> bars = bars(settings, tape(ticker));
        long expected = trades(bars) / 1000;

        assertThat(bars).hasSizeBetween((int) expected / 2, (int) expected * 2);
        assertThat(medianTicks(bars)).isGreaterThan(settings.bars().minTicks() * 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aig", "bac", "ibm"})
    void sessionOfATickerWithLikeTrailingSessionsGivesBarsNearTheTarget(String ticker) throws Exception {
        // as if the trailing sessions had as many trades as this one: E0[T] = trades / 50
        DibBarsTopology.Settings defaults = TickflowConfig.defaults().barsStage();
        Path tape = tape(ticker);
        long trades = trades(bars(defaults, tape));
        ImbalanceBarSettings anchored = defaults.bars().withExpNumTicksInit(trades / 50);
        List<ImbalanceBar> bars = bars(new DibBarsTopology.Settings(anchored, defaults.scope(),
                defaults.sessionGrace(), defaults.outOfOrderTolerance()), tape);

        assertThat(bars).hasSizeBetween(20, 100);
        assertThat(medianTicks(bars)).isGreaterThan(anchored.minTicks() * 10);
    }
}
