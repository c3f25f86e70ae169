package io.tickflow.cli.web;

import io.tickflow.schemas.topics.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code tickflow web} serves and from where.
 *
 * @param bootstrapServers Kafka {@code host:port,...}
 * @param alertsTopic      topic of {@code Alert} values
 * @param infoRichTopic    topic of {@code InfoRichFlag} values
 * @param port             HTTP port on 127.0.0.1; 0 picks a free one
 * @param alertCapacity    alerts shown (and read back from each partition at start), &gt;= 1
 * @param watchlistBacklog flags read back from each info-rich partition at start to rebuild the latest session's
 *                         watchlist, &gt;= 0 ({@link Long#MAX_VALUE}: the whole topic)
 * @param keepAlive        idle time after which an SSE comment line is sent
 */
public record WebSettings(String bootstrapServers, String alertsTopic, String infoRichTopic, int port,
                          int alertCapacity, long watchlistBacklog, Duration keepAlive) {
    public WebSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(alertsTopic, "alertsTopic");
        Objects.requireNonNull(infoRichTopic, "infoRichTopic");
        if (port < 0 || port > 65535 || alertCapacity < 1 || watchlistBacklog < 0 || keepAlive.isNegative()
                || keepAlive.isZero()) {
            throw new IllegalArgumentException("invalid web settings: port " + port + ", alerts " + alertCapacity
                    + ", backlog " + watchlistBacklog + ", keep-alive " + keepAlive);
        }
    }

    /** tickflow's topics, 200 alerts, 100,000 flags per partition, keep-alive every 15 s. */
    public static WebSettings defaults(String bootstrapServers, int port) {
        return new WebSettings(bootstrapServers, Topics.ALERTS.name(), Topics.INFO_RICH.name(), port, 200, 100_000,
                Duration.ofSeconds(15));
    }
}
