package io.tickflow.cli.batch;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.universe.MarketCapHistory;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.sinks.partition.DatasetLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow batch universe}: the info-rich universe from a daily cache. */
@Command(name = "universe", mixinStandardHelpOptions = true,
        description = "Info-rich universe from a daily cache: daily/date=D/watchlist.parquet, "
                + "stats/topN_12m_rolling.parquet and info_rich_tickers.csv under processed/universe/info_rich/<version>.")
public final class BatchUniverseCommand implements Callable<Integer> {
    @Option(names = "--daily-cache",
            description = "Daily cache folder (default: <out>/processed/daily_cache/<version>).")
    Path dailyCache;

    @Option(names = "--out", description = "Layout root (default: output.root of the configuration).")
    Path out;

    @Option(names = "--version", description = "Period folder (default: output.version of the configuration).")
    String version;

    @Option(names = "--config", description = "YAML configuration overriding the defaults (section universe.thresholds).")
    Path config;

    @Option(names = "--rvol", description = "Override universe.thresholds.rvol.")
    Double rvol;

    @Option(names = "--pctchg", description = "Override universe.thresholds.pctchg (a fraction).")
    Double pctchg;

    @Option(names = "--dvol", description = "Override universe.thresholds.dvol (USD).")
    Double dvol;

    @Option(names = "--market-cap", description = "CSV ticker,date,market_cap (USD): the cap_max rule tests the latest "
            + "value on or before each session, at most --market-cap-max-age days old; without it every cap is unknown "
            + "(marked cap_unknown, not failed).")
    Path marketCap;

    @Option(names = "--market-cap-max-age",
            description = "Days a market cap stays valid (default: universe.market_cap_max_age_days).")
    Integer marketCapMaxAge;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = TickflowConfig.load(config);
        Path root = out != null ? out : cfg.output().root();
        String period = version != null ? version : cfg.output().version();
        Path cache = dailyCache != null ? dailyCache : root.resolve(DatasetLayout.DAILY_CACHE.folderFor(period));
        List<DailyMetrics> rows = DailyCacheReader.read(cache);
        Map<String, MarketCapHistory> caps = marketCap != null ? readCaps(root, period) : Map.of();
        List<InfoRichFlag> flags = UniverseBatch.flagsOf(rows, rules(cfg), caps,
                marketCapMaxAge != null ? marketCapMaxAge : cfg.universe().marketCapMaxAgeDays());
        UniverseOutputs.Written w = UniverseOutputs.write(root, period, flags);
        System.out.printf("daily cache: %,d rows from %s%n", rows.size(), cache);
        if (marketCap != null) {
            System.out.printf("market caps: %,d tickers; %,d of %,d rows with a known cap%n", caps.size(),
                    flags.stream().filter(f -> !f.getCapUnknown()).count(), flags.size());
        }
        System.out.printf("info-rich: %,d ticker-sessions in %,d daily watchlists; topN_12m_rolling %,d rows; "
                + "%,d tickers in %s%n", w.watchlistRows(), w.watchlistFiles(), w.topNRows(), w.infoRichTickers(),
                root.resolve(DatasetLayout.INFO_RICH_ROOT.folderFor(period)).resolve(UniverseOutputs.TICKERS_CSV));
        return 0;
    }

    private Map<String, MarketCapHistory> readCaps(Path root, String period) {
        Path rejectsFile = root.resolve("rejects").resolve("batch-universe-market-cap-" + period + ".csv");
        try (RejectsCsvFileSink rejects = new RejectsCsvFileSink(rejectsFile)) {
            MarketCapCsv csv = MarketCapCsv.read(marketCap, rejects);
            System.out.printf("market caps: %s from %s%s%n", csv.read(), marketCap,
                    csv.read().rejected() > 0 ? "; rejects in " + rejectsFile : "");
            return csv.caps();
        }
    }

    private InfoRichRules rules(TickflowConfig cfg) {
        InfoRichRules r = cfg.universe().thresholds().rules();
        return new InfoRichRules(rvol != null ? rvol : r.rvol(), pctchg != null ? pctchg : r.pctchg(),
                dvol != null ? dvol : r.dvol(), r.minPrice(), r.maxPrice(), r.capMax());
    }
}
