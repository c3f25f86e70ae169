package io.tickflow.cli.commands;

import io.tickflow.cli.metrics.TickflowMeters;
import io.tickflow.cli.web.WebApp;
import io.tickflow.cli.web.WebSettings;
import io.tickflow.schemas.topics.Topics;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tickflow web}: a page with the info-rich watchlist and the latest alerts, live, until Ctrl-C. */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Serve a page on 127.0.0.1 with the current info-rich watchlist and the latest alerts, pushed "
                + "live by server-sent events; also /api/alerts, /api/watchlist (JSON) and /metrics (Prometheus).")
public final class WebCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-alerts", defaultValue = "200", description = "Alerts shown, newest first (default: ${DEFAULT-VALUE}).")
    int maxAlerts;

    @Option(names = "--watchlist-backlog", defaultValue = "100000",
            description = "Flags read back per info-rich partition at start to rebuild the latest watchlist (default: ${DEFAULT-VALUE}).")
    long watchlistBacklog;

    @Option(names = "--alerts-topic", defaultValue = "alerts", description = "Alerts topic (default: ${DEFAULT-VALUE}).")
    String alertsTopic = Topics.ALERTS.name();

    @Option(names = "--info-rich-topic", defaultValue = "universe.info-rich",
            description = "Info-rich flags topic (default: ${DEFAULT-VALUE}).")
    String infoRichTopic = Topics.INFO_RICH.name();

    @Override
    public Integer call() throws InterruptedException {
        WebSettings settings = new WebSettings(cluster.bootstrapServers(), alertsTopic, infoRichTopic, port, maxAlerts,
                watchlistBacklog, Duration.ofSeconds(15));
        TickflowMeters meters = new TickflowMeters("web");
        WebApp app = WebApp.start(settings, cluster.registryClient(), meters);
        AutoCloseable service = () -> {
            app.close();
            meters.close();
        };
        return UntilInterrupted.run(service, "tickflow web: " + app.uri() + " (metrics: " + app.uri() + "metrics).");
    }
}
