package io.tickflow.cli.commands;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.report.ReportTable;
import io.tickflow.cli.report.UniverseReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow universe-report}: the seed's validation after Opción A, as tables. */
@Command(name = "universe-report", mixinStandardHelpOptions = true,
        description = {"Validation of a daily cache and its info-rich universe (as batch daily/universe or export",
                "write them): info-rich days per year and month, info-rich tickers per session, top runners per year,",
                "pct_chg_d distribution and symmetry, RVOL outliers near gaps and halts, dollar volume by year."})
public final class UniverseReportCommand implements Callable<Integer> {
    @Option(names = "--root", description = "Layout root (default: output.root of the configuration).")
    Path root;

    @Option(names = "--version", description = "Period folder (default: output.version of the configuration).")
    String version;

    @Option(names = "--config", description = "YAML configuration overriding the defaults.")
    Path config;

    @Option(names = "--top", defaultValue = "10", description = "Runners per year and outliers listed (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--rvol-outlier", defaultValue = "10",
            description = "rvol30 at or above which a row is an outlier (default: ${DEFAULT-VALUE}).")
    double rvolOutlier;

    @Option(names = "--gap", defaultValue = "0.3",
            description = "|pct_chg_d| at or above which a session is a gap, a fraction (default: ${DEFAULT-VALUE}).")
    double gap;

    @Option(names = "--halt-fraction", defaultValue = "0.5", description = {"A session with fewer minutes than this",
            "share of the ticker's median minutes is halt-like (default: ${DEFAULT-VALUE})."})
    double haltFraction;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = TickflowConfig.load(config);
        Path layout = root != null ? root : cfg.output().root();
        String period = version != null ? version : cfg.output().version();
        List<ReportTable> tables = UniverseReport.of(layout, period,
                new UniverseReport.Settings(top, rvolOutlier, gap, haltFraction));
        tables.forEach(t -> t.print(System.out));
        return 0;
    }
}
