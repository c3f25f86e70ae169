package io.tickflow.cli.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickflow.core.alerts.Alert;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The JSON forms of an alert: one line per alert for {@code --jsonl} and {@code tickflow batch alerts} (fields in a
 * fixed order, maps sorted by name, so equal alerts give equal bytes), and the Slack-compatible webhook body.
 */
public final class AlertJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertJson() {
    }

    /**
     * {@code {"id","kind","ticker","session","event_ts","event_time","values","thresholds","message"}};
     * {@code event_ts} in ns since the epoch, {@code event_time} the same instant in ISO-8601 UTC.
     */
    public static String line(Alert a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("kind", a.kind().wireName());
        n.put("ticker", a.ticker());
        n.put("session", a.session().toString());
        n.put("event_ts", a.eventTsNanos());
        n.put("event_time", Instant.ofEpochSecond(0, a.eventTsNanos()).toString());
        a.values().forEach(n.putObject("values")::put);
        a.thresholds().forEach(n.putObject("thresholds")::put);
        n.put("message", a.message());
        return write(n);
    }

    /**
     * A Slack incoming-webhook body: {@code text} (what every Slack-compatible receiver shows, e.g. Mattermost,
     * Rocket.Chat) plus one {@code section} block with the values, and the alert id for receivers that deduplicate.
     */
    public static String slackBody(Alert a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("text", a.message());
        ArrayNode blocks = n.putArray("blocks");
        ObjectNode section = blocks.addObject();
        section.put("type", "section");
        StringBuilder detail = new StringBuilder("*" + a.ticker() + "* `" + a.kind().wireName() + "` " + a.session());
        a.values().forEach((k, v) -> detail.append("\n").append(k).append(": ").append(v)
                .append(a.thresholds().containsKey(k) ? " (threshold " + a.thresholds().get(k) + ")" : ""));
        section.putObject("text").put("type", "mrkdwn").put("text", detail.toString());
        n.put("alert_id", a.id());
        return write(n);
    }

    private static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
