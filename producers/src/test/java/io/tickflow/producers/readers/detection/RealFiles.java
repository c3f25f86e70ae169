package io.tickflow.producers.readers.detection;

import java.nio.file.Path;
import java.util.List;

/**
 * Every real file of {@code shared/data/real} with the format it must be detected as and the counts it must
 * give. Accepted counts are the row counts of PROVENANCE.md; rejected counts are the junk PROVENANCE
 * describes (lev_daily's 12,092 Excel filler rows, mlfinlab's two trailing blank lines, the saved 404 page).
 */
public final class RealFiles {

    /** One expectation. */
    public record Expected(String path, String format, long accepted, long rejected) {
    }

    /** Where the real data lives, relative to a module directory. */
    public static final Path DIR = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));

    public static final List<Expected> ALL = List.of(
            new Expected("finra_regsho/CNMSshvol20200102.txt", "finra-regsho-daily", 8172, 0),
            new Expected("finra_regsho/CNMSshvol20200103.txt", "finra-regsho-daily", 8124, 0),
            new Expected("finra_regsho/CNMSshvol20200106.txt", "finra-regsho-daily", 8075, 0),
            new Expected("finra_regsho/FNSQshvol20200102.txt", "finra-regsho-daily", 7972, 0),
            new Expected("finra_regsho/FNYXshvol20200102.txt", "finra-regsho-daily", 7355, 0),
            new Expected("finra_regsho/FNQCshvol20200102.txt", "finra-regsho-daily", 2678, 0),
            new Expected("finra_regsho/FNRAshvol20200102.txt", "finra-regsho-daily", 0, 0),
            new Expected("finra_regsho/FORFshvol20200102.txt", "finra-regsho-daily", 3149, 0),
            new Expected("finra_regsho/TestFinraReport.txt", "finra-regsho-daily", 10, 0),
            new Expected("finra_regsho/error_bodies/CNMSshvol20210320.txt", "finra-regsho-daily", 0, 1),
            new Expected("sec_ftd/cnsfails202009a.zip", "sec-ftd", 43147, 0),
            new Expected("sec_ftd/cnsfails202106a.zip", "sec-ftd", 60413, 0),
            new Expected("finra_short_interest/shrt20210715.csv", "finra-short-interest", 144, 0),
            new Expected("polygon_rest/trades_AAPL_limit2.json", "polygon-rest-json", 2, 0),
            new Expected("polygon_rest/aggs_AAPL_1day_2005-04-01_2005-04-04.json", "polygon-rest-json", 2, 0),
            new Expected("polygon_rest/grouped_daily_2005-04-04_adjusted.json", "polygon-rest-json", 1, 0),
            new Expected("polygon_rest/last_trade_AAPL.json", "polygon-rest-json", 1, 0),
            new Expected("lean_tick/aig/20131007_trade.zip", "lean-tick-trade", 25351, 0),
            new Expected("lean_tick/bac/20131007_trade.zip", "lean-tick-trade", 88172, 0),
            new Expected("lean_tick/ibm/20131007_trade.zip", "lean-tick-trade", 24293, 0),
            new Expected("minute_bars/lev_intraday.csv", "generic-csv", 14925, 0),
            new Expected("minute_bars/lev_daily.csv", "generic-csv", 100, 12092),
            new Expected("minute_bars/SRNE_1min.csv", "generic-csv", 23009, 0),
            new Expected("algoseek/equity_trades_only_1min.csv", "generic-csv", 913, 0),
            new Expected("nasdaq_threshold/nasdaqth20210726.txt", "nasdaq-threshold-list", 35, 0),
            new Expected("mlfinlab/imbalance_sample_data.csv", "generic-csv", 11101, 2));

    private RealFiles() {
    }
}
