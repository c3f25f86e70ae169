package io.tickflow.cli.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.tickflow.cli.metrics.AlertLatency;
import io.tickflow.cli.metrics.MetricsEndpoint;
import io.tickflow.cli.metrics.TickflowMeters;
import io.tickflow.cli.run.TopicFollower;
import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.universe.InfoRichFlag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * {@code tickflow web} assembled: two topic followers (alerts, info-rich flags) feed an {@link AlertBoard} and a
 * {@link Watchlist}; changes become events of an {@link EventLog}, pushed to pages by the {@link WebServer}. The
 * watchlist is published at most every {@value #WATCHLIST_PUBLISH_MS} ms, so that reading back a long backlog of
 * flags at start does not send one whole list per flag. Meters go to the given registry, served on {@code /metrics}.
 */
public final class WebApp implements AutoCloseable {
    static final long WATCHLIST_PUBLISH_MS = 250;

    private final AlertBoard board;
    private final Watchlist watchlist = new Watchlist();
    private final EventLog log = new EventLog(1000, 1000);
    private final AtomicBoolean watchlistChanged = new AtomicBoolean();
    private final AlertLatency latency;
    private final ScheduledExecutorService publisher;
    private volatile TopicFollower<Alert> alerts;
    private volatile TopicFollower<InfoRichFlag> flags;
    private WebServer server;

    private WebApp(WebSettings settings, TickflowMeters meters) {
        this.board = new AlertBoard(settings.alertCapacity());
        this.latency = new AlertLatency(meters.registry());
        this.publisher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tickflow-web-watchlist");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts following the topics and serving; returns once the server listens. */
    public static WebApp start(WebSettings settings, SchemaRegistryClient registry, TickflowMeters meters) {
        WebApp app = new WebApp(settings, meters);
        app.alerts = TopicFollower.start(settings.bootstrapServers(), settings.alertsTopic(),
                Topics.ALERTS.valueSerde(registry).deserializer(), settings.alertCapacity(), app::onAlert);
        app.flags = TopicFollower.start(settings.bootstrapServers(), settings.infoRichTopic(),
                Topics.INFO_RICH.valueSerde(registry).deserializer(), settings.watchlistBacklog(), app::onFlag);
        app.publisher.scheduleWithFixedDelay(app::publishWatchlistIfChanged, WATCHLIST_PUBLISH_MS,
                WATCHLIST_PUBLISH_MS, TimeUnit.MILLISECONDS);
        app.bindMeters(meters);
        EventStreamHandler events = new EventStreamHandler(app.log, app::snapshot, settings.keepAlive());
        app.server = WebServer.start(settings.port(), events,
                Map.of("alerts", app::alertsJson, "watchlist", app::watchlistJson),
                Map.of(MetricsEndpoint.PATH, MetricsEndpoint.handler(meters.registry())));
        return app;
    }

    /** The page's URL, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return server.uri();
    }

    private void onAlert(ConsumerRecord<String, Alert> record) {
        Alert alert = record.value();
        if (alert == null) {
            throw new IllegalArgumentException("alert record without a value (tombstone)");
        }
        if (alerts != null && alerts.arrivedAfterStart(record)) {
            latency.record(alert, Instant.now());
        }
        if (board.add(alert)) {
            log.publish("alert", WebJson.write(WebJson.alert(alert)));
        }
    }

    private void onFlag(ConsumerRecord<String, InfoRichFlag> record) {
        if (record.value() == null) {
            throw new IllegalArgumentException("info-rich record without a value (tombstone)");
        }
        if (watchlist.apply(record.value())) {
            watchlistChanged.set(true);
        }
    }

    private void publishWatchlistIfChanged() {
        if (watchlistChanged.getAndSet(false)) {
            log.publish("watchlist", watchlistJson());
        }
    }

    /** The whole state as events carrying {@code id}: the watchlist, then every alert on the board. */
    private List<EventLog.Event> snapshot(long id) {
        return List.of(new EventLog.Event(id, "watchlist", watchlistJson()),
                new EventLog.Event(id, "alerts", alertsJson()));
    }

    private String alertsJson() {
        return WebJson.alerts(board.newestFirst());
    }

    private String watchlistJson() {
        return WebJson.watchlist(watchlist.session(), watchlist.tickers());
    }

    private void bindMeters(TickflowMeters meters) {
        var registry = meters.registry();
        Gauge.builder("tickflow.web.clients", log, EventLog::subscribers)
                .description("Pages connected to the event stream").register(registry);
        FunctionCounter.builder("tickflow.web.records.rejected", this,
                        app -> app.alerts.rejected() + app.flags.rejected())
                .description("Alert and info-rich records the page could not show (undecodable, empty)")
                .register(registry);
        meters.own(new KafkaClientMetrics(alerts.consumer())).bindTo(registry);
        meters.own(new KafkaClientMetrics(flags.consumer())).bindTo(registry);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        publisher.shutdownNow();
        alerts.close();
        flags.close();
    }
}
