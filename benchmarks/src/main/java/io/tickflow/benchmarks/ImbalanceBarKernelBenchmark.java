package io.tickflow.benchmarks;

import io.tickflow.core.bars.ImbalanceBarBuilder;
import io.tickflow.core.bars.ImbalanceBarMode;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.bars.ImbalanceBarState;
import io.tickflow.core.bars.ImbalanceMetric;
import io.tickflow.core.bars.RingImbalanceHistory;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Trades per second through the dollar-imbalance bar kernel on one core (issue goal: 20 million), with the
 * in-memory history the batch command uses. One invocation runs a whole tape of {@link #TRADES} trades, the way a
 * ticker-session is built.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImbalanceBarKernelBenchmark {
    static final int TRADES = 1_000_000;

    @Param({"HARDENED", "MLFINLAB"})
    public ImbalanceBarMode mode;

    private final long[] times = new long[TRADES];
    private final double[] prices = new double[TRADES];
    private final double[] sizes = new double[TRADES];
    private ImbalanceBarSettings settings;

    @Setup(Level.Trial)
    public void tape() {
        SplittableRandom random = new SplittableRandom(42);
        double price = 5.0;
        for (int i = 0; i < TRADES; i++) {
            price = Math.max(0.5, price + (random.nextInt(3) - 1) * 0.01);
            times[i] = 1_700_000_000_000_000_000L + i * 1_000_000L;
            prices[i] = price;
            sizes[i] = 100 + random.nextInt(900);
        }
        settings = mode == ImbalanceBarMode.MLFINLAB
                ? ImbalanceBarSettings.mlfinlab(ImbalanceMetric.DOLLAR).withExpNumTicksInit(1000).withExpTicksRange(100, 1000)
                : ImbalanceBarSettings.defaults();
    }

    @Benchmark
    @OperationsPerInvocation(TRADES)
    public void tradesThroughBarBuilder(Blackhole bars) {
        ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, ImbalanceBarState.initial(settings),
                new RingImbalanceHistory(settings.imbalanceWindow()));
        for (int i = 0; i < TRADES; i++) {
            builder.onTrade(times[i], prices[i], sizes[i]).ifPresent(bars::consume);
        }
        bars.consume(builder.closeSession());
    }
}
