package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.schemas.bars.ImbalanceBar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarsBatchTest {
    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));

    @TempDir
    Path dir;

    @Test
    void buildsBarsFromARealLeanTickZipDetectedByItsFormat() throws Exception {
        Path aig = REAL.resolve("lean_tick/aig/20131007_trade.zip");
        Assumptions.assumeTrue(Files.isRegularFile(aig), "real data absent: " + aig);
        BarsBatch batch = new BarsBatch(TickflowConfig.defaults().barsStage());
        BarsBatch.Result result;
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(dir)) {
            result = batch.run(List.of(aig), rejects);
        }
        // PROVENANCE.md: 25,351 trades, 93 of them outside 09:30-16:00
        assertThat(result.read().accepted()).isEqualTo(25_351);
        assertThat(result.bars()).isNotEmpty().allSatisfy(b -> assertThat(b.getSession().toString()).isEqualTo("2013-10-07"));
        long minTicks = TickflowConfig.defaults().bars().settings().minTicks();
        assertThat(result.bars()).filteredOn(ImbalanceBar::getComplete)
                .allSatisfy(b -> assertThat((long) b.getTicks()).isGreaterThanOrEqualTo(minTicks));
        assertThat(batch.notTrades()).isZero();
    }

    @Test
    void recordsThatAreNotTradesAreRejectedWithTheReason() throws Exception {
        Path minutes = REAL.resolve("minute_bars/SRNE_1min.csv");
        Assumptions.assumeTrue(Files.isRegularFile(minutes), "real data absent: " + minutes);
        BarsBatch batch = new BarsBatch(TickflowConfig.defaults().barsStage());
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(dir)) {
            BarsBatch.Result result = batch.run(List.of(minutes), rejects);
            assertThat(result.bars()).isEmpty();
        }
        assertThat(batch.notTrades()).isPositive();
        assertThat(Files.readString(dir.resolve("rejects.csv"))).contains("not a trade (Bar)");
    }
}
