package io.tickflow.cli.shortdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.Tickflow;
import io.tickflow.cli.batch.DailyCacheOutput;
import io.tickflow.cli.batch.DailyCacheReader;
import io.tickflow.schemas.daily.DailyMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchShortCommandTest {
    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));

    @TempDir
    Path dir;

    @Test
    void writesTheSeedsRawLayoutAndJoinsFeaturesIntoTheDailyCache() throws Exception {
        Path cnms = REAL.resolve("finra_regsho/CNMSshvol20200102.txt");
        Assumptions.assumeTrue(Files.isRegularFile(cnms), "real data absent: " + cnms.toAbsolutePath());
        Path input = Files.copy(cnms, Files.createDirectories(dir.resolve("in")).resolve(cnms.getFileName()));
        LocalDate jan3 = LocalDate.of(2020, 1, 3);
        long at0931 = ZonedDateTime.of(jan3, LocalTime.of(9, 31), ZoneId.of("America/New_York")).toEpochSecond()
                * 1_000_000_000L;
        DailyCacheOutput.write(dir, "v1", List.of(DailyMetrics.newBuilder().setTicker("AAPL").setDate(jan3)
                .setCloseD(300).setVolD(1000).setDollarVolD(300_000).setUpdatedTs(at0931).build()));

        int exit = new CommandLine(new Tickflow()).execute("batch", "short", "--input", input.toString(),
                "--out", dir.toString(), "--version", "v1");

        assertThat(exit).isZero();
        assertThat(dir.resolve("raw/finra/regsho_daily_txt/date=2020-01-02/regsho.parquet")).isRegularFile();
        DailyMetrics row = DailyCacheReader.read(dir.resolve("processed/daily_cache/v1")).get(0);
        // CNMSshvol20200102: AAPL|8849044|73057|15714446 → 8849044 / 15714446
        assertThat(row.getShortFeatures()).containsEntry("short_ratio", 8849044.0 / 15714446);
    }
}
