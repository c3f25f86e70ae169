package io.tickflow.cli.commands;

import io.tickflow.cli.alerts.AlertDelivery;
import io.tickflow.cli.alerts.AlertOutput;
import io.tickflow.cli.alerts.AlertTable;
import io.tickflow.cli.alerts.AlertsFollower;
import io.tickflow.cli.alerts.DeliveredIds;
import io.tickflow.cli.alerts.JsonLinesOutput;
import io.tickflow.cli.alerts.WebhookOutput;
import io.tickflow.cli.alerts.WebhookSender;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tickflow alerts}: follows the alerts topic and delivers each alert once to a table, JSON lines, a webhook. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Follow the alerts topic in a consumer group (read_committed) until Ctrl-C: a live table on the",
                "terminal, JSON lines (--jsonl FILE or -), webhook POSTs with a Slack-compatible body (--webhook URL).",
                "Each alert id is delivered once across restarts (ids kept in --state-dir); offsets are committed only",
                "after delivery; a webhook that keeps failing gets the alert in <state-dir>/webhook-dead-letters.jsonl."})
public final class AlertsCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--group", defaultValue = "tickflow-alerts", description = "Consumer group (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--state-dir", defaultValue = "tickflow-data/alerts",
            description = "Folder of the delivered-id store and webhook dead letters (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--jsonl", paramLabel = "FILE|-", description = "Append alerts as JSON lines to FILE, or - for stdout.")
    String jsonl;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert here (Slack incoming-webhook body).")
    URI webhook;

    @Option(names = "--webhook-attempts", defaultValue = "6", description = "Attempts per alert (default: ${DEFAULT-VALUE}).")
    int webhookAttempts;

    @Option(names = "--webhook-backoff-ms", defaultValue = "500",
            description = "First retry delay, doubled per retry up to 30 s (default: ${DEFAULT-VALUE}).")
    long webhookBackoffMs;

    @Option(names = "--webhook-timeout-ms", defaultValue = "10000", description = "Per request (default: ${DEFAULT-VALUE}).")
    long webhookTimeoutMs;

    @Option(names = "--no-table", description = "No live table (it is also off with --jsonl -).")
    boolean noTable;

    @Option(names = "--remember", defaultValue = "100000", description = "Delivered ids kept (default: ${DEFAULT-VALUE}).")
    int remember;

    @Override
    public Integer call() throws Exception {
        List<AlertOutput> outputs = new ArrayList<>();
        AlertTable table = noTable || "-".equals(jsonl) ? null : new AlertTable(System.out, 25);
        if (table != null) {
            outputs.add(table);
        }
        if (jsonl != null) {
            outputs.add(JsonLinesOutput.to(jsonl));
        }
        if (webhook != null) {
            outputs.add(new WebhookOutput(new WebhookSender(webhook, new WebhookSender.Policy(webhookAttempts,
                    Duration.ofMillis(webhookBackoffMs), Duration.ofSeconds(30), Duration.ofMillis(webhookTimeoutMs))),
                    stateDir));
        }
        try (AlertDelivery delivery = new AlertDelivery(new DeliveredIds(stateDir, remember), outputs);
             AlertsFollower follower = new AlertsFollower(cluster.bootstrapServers(), cluster.registryClient(), group,
                     delivery)) {
            follow(follower, table);
            System.err.printf("tickflow alerts: %,d delivered, %,d duplicates skipped, %,d unreadable%n",
                    delivery.delivered(), delivery.duplicates(), follower.unreadable());
        }
        return 0;
    }

    private static void follow(AlertsFollower follower, AlertTable table) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            follower.wakeup();
            awaitQuietly(stopped);
        }, "tickflow-alerts-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            while (true) {
                follower.pollOnce(Duration.ofMillis(500));
                if (table != null) {
                    table.refresh();
                }
            }
        } catch (WakeupException e) {
            // Ctrl-C: the last polled batch was delivered and committed, or is redelivered and deduplicated
        } finally {
            stopped.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
