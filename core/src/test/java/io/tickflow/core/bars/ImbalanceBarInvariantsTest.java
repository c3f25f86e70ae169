package io.tickflow.core.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants that hold for any tape, checked on seeded random walks in every mode and metric. */
class ImbalanceBarInvariantsTest {

    static Stream<ImbalanceBarSettings> settings() {
        List<ImbalanceBarSettings> all = new ArrayList<>();
        for (ImbalanceMetric metric : ImbalanceMetric.values()) {
            all.add(ImbalanceBarSettings.defaults().withMetric(metric).withExpNumTicksInit(50));
            all.add(ImbalanceBarSettings.mlfinlab(metric).withExpNumTicksInit(50).withExpTicksRange(0, 500));
            all.add(ImbalanceBarSettings.mlfinlab(metric).withExpNumTicksInit(50).withConstExpTicks(true));
        }
        return all.stream();
    }

    private static List<ImbalanceBarRecord> run(ImbalanceBarSettings settings, long seed) {
        return BarTape.session(settings, BarTape.randomWalk(seed, 3000));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void openAndCloseLieBetweenLowAndHigh(ImbalanceBarSettings settings) {
        for (long seed = 1; seed <= 3; seed++) {
            for (ImbalanceBarRecord bar : run(settings, seed)) {
                assertThat(bar.low()).isLessThanOrEqualTo(Math.min(bar.open(), bar.close()));
                assertThat(bar.high()).isGreaterThanOrEqualTo(Math.max(bar.open(), bar.close()));
                assertThat(bar.buyVolume()).isBetween(0.0, bar.volume());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void everyTradeIsInExactlyOneBar(ImbalanceBarSettings settings) {
        for (long seed = 1; seed <= 3; seed++) {
            List<BarTape.Trade> tape = BarTape.randomWalk(seed, 3000);
            List<ImbalanceBarRecord> bars = BarTape.session(settings, tape);

            // sizes are whole shares, so double sums are exact
            assertThat(bars.stream().mapToLong(ImbalanceBarRecord::ticks).sum()).isEqualTo(tape.size());
            assertThat(bars.stream().mapToDouble(ImbalanceBarRecord::volume).sum())
                    .isEqualTo(tape.stream().mapToDouble(BarTape.Trade::size).sum());
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void barsAreNumberedFromZeroAndOnlyTheLastMayBeIncomplete(ImbalanceBarSettings settings) {
        List<ImbalanceBarRecord> bars = run(settings, 7);

        for (int i = 0; i < bars.size(); i++) {
            assertThat(bars.get(i).seq()).isEqualTo(i);
        }
        assertThat(bars.subList(0, bars.size() - 1)).allMatch(ImbalanceBarRecord::complete);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void consecutiveBarsTileTheTapeInTime(ImbalanceBarSettings settings) {
        List<ImbalanceBarRecord> bars = run(settings, 11);

        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).openTimeNanos()).isGreaterThan(bars.get(i - 1).closeTimeNanos());
            assertThat(bars.get(i).openTimeNanos()).isLessThanOrEqualTo(bars.get(i).closeTimeNanos());
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void completeBarsCrossedTheirThresholdOrHitTheLengthCap(ImbalanceBarSettings settings) {
        // hardened: the cap is min(max_ticks, k²·E0[T]) = min(50,000, 4·50) = 200
        long cap = HardenedThreshold.start(settings, settings.initialExpTicks()).maxBarTicks(settings);
        for (ImbalanceBarRecord bar : run(settings, 13)) {
            if (!bar.complete()) {
                continue;
            }
            boolean crossed = Math.abs(bar.theta()) > bar.threshold();
            if (settings.mode() == ImbalanceBarMode.MLFINLAB) {
                assertThat(crossed).isTrue();
            } else {
                assertThat(cap).isEqualTo(200);
                assertThat(bar.ticks()).isBetween(settings.minTicks(), cap);
                assertThat(crossed || bar.ticks() == cap).isTrue();
            }
        }
    }
}
