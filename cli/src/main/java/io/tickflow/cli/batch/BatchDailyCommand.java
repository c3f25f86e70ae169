package io.tickflow.cli.batch;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow batch daily}: the daily cache from minute aggregate files. */
@Command(name = "daily", mixinStandardHelpOptions = true,
        description = "Daily cache (close_d, vol_d, dollar_vol_d, pct_chg_d, rvol30, vwap_d, return_d) from Polygon "
                + "minute aggregate day files, into processed/daily_cache/<version>/ticker=T/date=D/metrics.parquet.")
public final class BatchDailyCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*",
            description = "Minute aggregate day files (YYYY-MM-DD.csv[.gz]) or folders holding them.")
    List<Path> inputs;

    @Option(names = "--out", description = "Layout root (default: output.root of the configuration).")
    Path out;

    @Option(names = "--version", description = "Period folder (default: output.version of the configuration).")
    String version;

    @Option(names = "--config", description = "YAML configuration overriding the defaults (config/tickflow.yaml).")
    Path config;

    @Option(names = "--session", description = "regular or extended minutes (default: sessions.scope).")
    SessionScope session;

    @Option(names = "--splits", description = "CSV ticker,execution_date,split_from,split_to (Polygon's split fields).")
    Path splits;

    @Option(names = "--from-trades", description = {"The inputs are Polygon trade day files: build minute bars from",
            "their bar-eligible trades (as daily.minutes: trades does in the stream)."})
    boolean fromTrades;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = TickflowConfig.load(config);
        Path root = out != null ? out : cfg.output().root();
        String period = version != null ? version : cfg.output().version();
        SessionScope scope = session != null ? session : cfg.sessions().scope();
        Path rejectsFile = root.resolve("rejects").resolve("batch-daily-" + period + ".csv");
        DailyBatch.Result result;
        try (RejectsCsvFileSink rejects = new RejectsCsvFileSink(rejectsFile)) {
            DailyBatch batch = new DailyBatch(scope, splits == null ? java.util.Map.of() : SplitsCsv.read(splits));
            result = fromTrades ? batch.runTrades(inputs, rejects) : batch.run(inputs, rejects);
        }
        DailyCacheOutput.Written written = DailyCacheOutput.write(root, period, result.rows());
        System.out.printf("%s: %s; out of scope %,d, replaced %,d%n", fromTrades ? "trades" : "minute bars",
                result.read(), result.outOfScope(),
                result.replaced());
        System.out.printf("daily cache: %,d rows in %,d files under %s%n", result.rows().size(), written.files(),
                root.resolve(written.folder()));
        System.out.printf("rejects: %s%n", rejectsFile);
        return result.read().rejected() == 0 ? 0 : 1;
    }
}
