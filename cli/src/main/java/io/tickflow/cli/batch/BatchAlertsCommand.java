package io.tickflow.cli.batch;

import io.tickflow.cli.alerts.AlertJson;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.alerts.Alert;
import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow batch alerts}: the alert rules over trade (or minute aggregate) files, as JSON lines. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Alerts (info-rich crossing, volume spike, gap up, opening-range breakout) from Polygon trade "
                + "day files (or minute aggregate day files), as JSON lines in firing order: the same alerts and ids as "
                + "the alerts topology over the same input (alerts.source trades or bars).")
public final class BatchAlertsCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*",
            description = "Trade day files or minute aggregate day files (YYYY-MM-DD.csv[.gz]), or folders holding them; "
                    + "the first file's format decides.")
    List<Path> inputs;

    @Option(names = "--out", required = true, description = "JSON-lines file to write (replaced).")
    Path out;

    @Option(names = "--config", description = "YAML configuration overriding the defaults (section alerts:).")
    Path config;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = TickflowConfig.load(config);
        AlertSettings settings = cfg.alertSettings()
                .orElseThrow(() -> new IllegalArgumentException("alerts need sessions; sessions.scope is none"));
        Path outFile = out.toAbsolutePath();
        Path rejectsFile = outFile.resolveSibling(outFile.getFileName() + ".rejects.csv");
        AlertsBatch.Result result;
        try (RejectsCsvFileSink rejects = new RejectsCsvFileSink(rejectsFile)) {
            result = new AlertsBatch(settings).run(inputs, rejects);
        }
        Files.createDirectories(outFile.getParent());
        Files.write(outFile, result.alerts().stream().map(AlertJson::line).toList(), StandardCharsets.UTF_8);
        boolean trades = result.input() == io.tickflow.streams.alerts.AlertsTopology.Input.TRADES;
        System.out.printf("%s: %s; %s %,d, refused %,d%n", trades ? "trades" : "minute bars", result.read(),
                trades ? "not counted (outside the scope, sale conditions, cancelled)" : "out of scope",
                result.outOfScope(), result.refused());
        System.out.printf("alerts: %,d in %s (%s)%n", result.alerts().size(), outFile, countsByKind(result.alerts()));
        System.out.printf("rejects: %s%n", rejectsFile);
        return result.read().rejected() == 0 && result.refused() == 0 ? 0 : 1;
    }

    private static String countsByKind(List<Alert> alerts) {
        var counts = new java.util.TreeMap<String, Integer>();
        alerts.forEach(a -> counts.merge(a.kind().wireName(), 1, Integer::sum));
        return counts.toString();
    }
}
