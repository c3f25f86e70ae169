package io.tickflow.cli.commands;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.metrics.ServedMetrics;
import io.tickflow.cli.run.LiveRun;
import io.tickflow.producers.live.ApiKey;
import io.tickflow.producers.live.FeedSubscription;
import io.tickflow.producers.live.LiveFeed;
import io.tickflow.producers.live.LiveFeedSettings;
import io.tickflow.streams.StreamsSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tickflow live}: Polygon's stocks WebSocket into {@code trades} and {@code bars.1m}, and every topology on
 * them, until Ctrl-C; sessions are sealed on the wall clock at their end plus the grace, and the run carries on into
 * the next session on the same state.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Run the live feed (Polygon/Massive stocks WebSocket: trades and minute aggregates) and every",
                "topology together until Ctrl-C. Sessions are sealed at their end plus the grace (last partial bar",
                "emitted); the run continues into the next session from the same state dir, without a replay."})
public final class LiveCommand implements Callable<Integer> {
    private static final Duration STATUS_EVERY = Duration.ofSeconds(60);

    @Mixin
    ClusterOptions cluster;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    /** Exactly one of a ticker list or all tickers. */
    static final class Which {
        @Option(names = "--tickers", split = ",", paramLabel = "TICKER",
                description = "Tickers to subscribe to, comma-separated, as tickflow writes them (e.g. AAPL,ABR.PRD).")
        List<String> tickers;

        @Option(names = "--all", description = "Subscribe to every ticker (T.* and AM.*).")
        boolean all;
    }

    @Option(names = "--url", description = "WebSocket URL (default: live.url; wss://delayed.polygon.io/stocks is delayed).")
    URI url;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "NAME of the environment variable holding the API key (default: live.api_key_env).")
    String apiKeyEnv;

    @Option(names = "--config", description = "YAML configuration overriding the defaults.")
    Path config;

    @Option(names = "--state-dir", description = "RocksDB state folder (default: streams.state_dir); keep it between days.")
    Path stateDir;

    @Option(names = "--application-id", description = "Kafka Streams application id (default: streams.application_id).")
    String applicationId;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws InterruptedException {
        TickflowConfig cfg = TickflowConfig.load(config);
        TickflowConfig.Live live = cfg.live();
        ApiKey key = ApiKey.fromEnvironment(apiKeyEnv != null ? apiKeyEnv : live.apiKeyEnv(), System::getenv);
        StreamsSettings streams = streamsSettings(cfg);
        LiveRun run = LiveRun.start(cluster.bootstrapServers(), cluster.registryClient(), feedSettings(live),
                key, streams, cfg.stages(), Duration.ofSeconds(live.sessionCheckSeconds()), Clock.systemUTC());
        if (!metrics.enabled()) {
            return runUntilStopped(run, run);
        }
        ServedMetrics served = ServedMetrics.forLive(run, streams, cluster.registryClient(), metrics.port());
        System.out.println("tickflow live: metrics on " + served.uri());
        return runUntilStopped(run, () -> {
            served.close();
            run.close();
        });
    }

    LiveFeedSettings feedSettings(TickflowConfig.Live live) {
        FeedSubscription subscription = new FeedSubscription(which.all ? List.of() : which.tickers, live.trades(),
                live.minuteAggregates());
        return new LiveFeedSettings(url != null ? url : URI.create(live.url()), subscription, live.bufferEvents(),
                Duration.ofSeconds(live.silenceGapSeconds()), live.backoff(), Duration.ofSeconds(10),
                Duration.ofSeconds(5), true);
    }

    private StreamsSettings streamsSettings(TickflowConfig cfg) {
        return cfg.streams().settings(applicationId, cluster.bootstrapServers(), stateDir);
    }

    /** Prints a status line every minute; stops on Ctrl-C, or with exit code 1 when the feed gives up (a refused key). */
    private static int runUntilStopped(LiveRun run, AutoCloseable stop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            closeQuietly(stop);
            stopped.countDown();
        }, "tickflow-live-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("tickflow live: feed " + run.feed().state() + ", streams running. Ctrl-C stops it.");
        long nextStatus = System.nanoTime() + STATUS_EVERY.toNanos();
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (run.feed().state() == LiveFeed.State.FAILED) {
                System.err.println("tickflow live: " + run.feed().failure().orElse("the feed stopped"));
                Runtime.getRuntime().removeShutdownHook(hook);
                closeQuietly(stop);
                return 1;
            }
            if (System.nanoTime() >= nextStatus) {
                System.out.println(run.statusLine(java.time.Instant.now()));
                nextStatus += STATUS_EVERY.toNanos();
            }
        }
        return 0;
    }

    private static void closeQuietly(AutoCloseable stop) {
        try {
            stop.close();
        } catch (Exception e) {
            System.err.println("tickflow live: stopping failed: " + e);
        }
    }
}
