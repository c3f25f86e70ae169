package io.tickflow.cli.commands;

import io.tickflow.cli.report.LayoutReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow report}: an HTML report with charts over the Parquet layout. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one HTML file with charts (PNG, embedded) and tables over the layout: bars per session, "
                + "ticks per bar, label balance, weights, daily-cache sanity checks, info-rich universe.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--root", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--out", defaultValue = "report.html", description = "HTML file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        LayoutReport.Written written = LayoutReport.write(root, out);
        System.out.printf("report: %d charts over %s in %s%n", written.charts(), written.datasets(),
                written.file().toAbsolutePath());
        return 0;
    }
}
