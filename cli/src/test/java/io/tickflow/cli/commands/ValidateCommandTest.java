package io.tickflow.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.Tickflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));

    /** Accepted counts of PROVENANCE.md per real file, with the rejected junk it describes. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("algoseek/equity_trades_only_1min.csv", "format=generic-csv  read=913 accepted=913 rejected=0");
        EXPECTED.put("finra_regsho/CNMSshvol20200102.txt", "format=finra-regsho-daily  read=8172 accepted=8172 rejected=0");
        EXPECTED.put("finra_regsho/CNMSshvol20200103.txt", "format=finra-regsho-daily  read=8124 accepted=8124 rejected=0");
        EXPECTED.put("finra_regsho/CNMSshvol20200106.txt", "format=finra-regsho-daily  read=8075 accepted=8075 rejected=0");
        EXPECTED.put("finra_regsho/FNQCshvol20200102.txt", "format=finra-regsho-daily  read=2678 accepted=2678 rejected=0");
        EXPECTED.put("finra_regsho/FNRAshvol20200102.txt", "format=finra-regsho-daily  read=0 accepted=0 rejected=0");
        EXPECTED.put("finra_regsho/FNSQshvol20200102.txt", "format=finra-regsho-daily  read=7972 accepted=7972 rejected=0");
        EXPECTED.put("finra_regsho/FNYXshvol20200102.txt", "format=finra-regsho-daily  read=7355 accepted=7355 rejected=0");
        EXPECTED.put("finra_regsho/FORFshvol20200102.txt", "format=finra-regsho-daily  read=3149 accepted=3149 rejected=0");
        EXPECTED.put("finra_regsho/TestFinraReport.txt", "format=finra-regsho-daily  read=10 accepted=10 rejected=0");
        EXPECTED.put("finra_regsho/error_bodies/CNMSshvol20210320.txt", "format=finra-regsho-daily  read=1 accepted=0 rejected=1");
        EXPECTED.put("finra_short_interest/shrt20210715.csv", "format=finra-short-interest  read=144 accepted=144 rejected=0");
        EXPECTED.put("lean_tick/aig/20131007_trade.zip", "format=lean-tick-trade  read=25351 accepted=25351 rejected=0");
        EXPECTED.put("lean_tick/bac/20131007_trade.zip", "format=lean-tick-trade  read=88172 accepted=88172 rejected=0");
        EXPECTED.put("lean_tick/ibm/20131007_trade.zip", "format=lean-tick-trade  read=24293 accepted=24293 rejected=0");
        EXPECTED.put("minute_bars/SRNE_1min.csv", "format=generic-csv  read=23009 accepted=23009 rejected=0");
        EXPECTED.put("minute_bars/lev_daily.csv", "format=generic-csv  read=12192 accepted=100 rejected=12092");
        EXPECTED.put("minute_bars/lev_intraday.csv", "format=generic-csv  read=14925 accepted=14925 rejected=0");
        EXPECTED.put("mlfinlab/imbalance_sample_data.csv", "format=generic-csv  read=11103 accepted=11101 rejected=2");
        EXPECTED.put("nasdaq_threshold/nasdaqth20210726.txt", "format=nasdaq-threshold-list  read=35 accepted=35 rejected=0");
        EXPECTED.put("polygon_rest/aggs_AAPL_1day_2005-04-01_2005-04-04.json", "format=polygon-rest-json  read=2 accepted=2 rejected=0");
        EXPECTED.put("polygon_rest/grouped_daily_2005-04-04_adjusted.json", "format=polygon-rest-json  read=1 accepted=1 rejected=0");
        EXPECTED.put("polygon_rest/last_trade_AAPL.json", "format=polygon-rest-json  read=1 accepted=1 rejected=0");
        EXPECTED.put("polygon_rest/trades_AAPL_limit2.json", "format=polygon-rest-json  read=2 accepted=2 rejected=0");
        EXPECTED.put("sec_ftd/cnsfails202009a.zip", "format=sec-ftd  read=43147 accepted=43147 rejected=0");
        EXPECTED.put("sec_ftd/cnsfails202106a.zip", "format=sec-ftd  read=60413 accepted=60413 rejected=0");
    }

    private record Run(int exitCode, List<String> lines) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Tickflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        int exit = cmd.execute(args);
        return new Run(exit, Arrays.asList(out.toString().split("\\R")));
    }

    @Test
    void printsProvenanceCountsForEveryRealFile(@TempDir Path rejects) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent: " + REAL);
        Run run = run("validate", REAL.toString(), "--rejects", rejects.toString());
        List<String> expected = EXPECTED.entrySet().stream()
                .map(e -> REAL.resolve(e.getKey()) + "  " + e.getValue()).toList();
        assertThat(run.lines()).containsAll(expected);
        assertThat(run.lines()).hasSize(EXPECTED.size() + 1);
        // 12,092 filler rows + 2 blank lines + 1 error page = 12,095 rejections, each a row of rejects.csv
        assertThat(run.lines().get(run.lines().size() - 1)).endsWith("rejected=12095");
        // the saved 404 page spans several physical lines inside one quoted field: count rows by their source
        assertThat(Files.readAllLines(rejects.resolve("rejects.csv")).stream()
                .filter(line -> line.startsWith(REAL.toString()))).hasSize(12095);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void readsGenericTradesMappedByFlagsAndExitsZeroWhenClean(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ticks.csv");
        Files.writeString(file, "ts,px,qty\n1700000000000,10.5,100\n1700000000001,10.6,50\n");
        Run run = run("validate", file.toString(), "--format", "generic-csv", "--time-column", "ts",
                "--time-format", "epoch-ms", "--price-column", "px", "--size-column", "qty", "--ticker", "XYZ");
        assertThat(run.lines()).containsExactly(file + "  format=generic-csv  read=2 accepted=2 rejected=0",
                "total  read=2 accepted=2 rejected=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void rejectsFileOfUnknownFormatAsAWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, "a,b\n1,2\n");
        Run run = run("validate", file.toString());
        assertThat(run.lines().get(0)).isEqualTo(file + "  format=unknown  read=1 accepted=0 rejected=1");
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
