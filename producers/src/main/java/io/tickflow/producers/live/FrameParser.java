package io.tickflow.producers.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.polygon.PolygonStreamRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns one text frame of Polygon's stocks WebSocket into events. A frame is a JSON array of events, each with an
 * {@code ev} type; a lone object is read as an array of one. Pure: no I/O, no clock.
 *
 * <p>Nothing is dropped: a frame that is not JSON becomes one {@link FeedEvent.Malformed} holding the whole frame; an
 * event that is not a valid trade, minute aggregate or status, or whose type tickflow does not subscribe to (quotes,
 * second aggregates), becomes a {@link FeedEvent.Malformed} with its reason, and the other events of the frame
 * still count.
 */
public final class FrameParser {
    private final String source;
    private final PolygonStreamRecords records = new PolygonStreamRecords();

    /** @param source written into every record's {@code source} (the feed URL, never the key) */
    public FrameParser(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The events of {@code frame}, in frame order; never null. */
    public List<FeedEvent> parse(String frame) {
        JsonNode root;
        try {
            root = PolygonStreamRecords.readFrame(frame);
        } catch (InvalidRowException e) {
            return List.of(new FeedEvent.Malformed(frame, e.getMessage(), null));
        }
        if (root == null || !(root.isArray() || root.isObject())) {
            return List.of(new FeedEvent.Malformed(frame, "frame is neither a JSON array nor an object", null));
        }
        List<FeedEvent> events = new ArrayList<>(root.size());
        if (root.isObject()) {
            events.add(event(root));
        } else {
            root.forEach(node -> events.add(event(node)));
        }
        return events;
    }

    private FeedEvent event(JsonNode node) {
        String raw = node.toString();
        if (!node.isObject()) {
            return new FeedEvent.Malformed(raw, "event is not a JSON object", null);
        }
        String type = node.path("ev").asText("");
        try {
            return switch (type) {
                case "T" -> new FeedEvent.TradeEvent(records.trade(node, source), raw);
                case "AM" -> new FeedEvent.BarEvent(records.minuteAggregate(node, source), raw);
                case "status" -> new FeedEvent.Status(node.path("status").asText(""), node.path("message").asText(""));
                case "" -> new FeedEvent.Malformed(raw, "event has no ev type", null);
                default -> new FeedEvent.Malformed(raw, "event type " + type + " is not one tickflow subscribes to", null);
            };
        } catch (InvalidRowException e) {
            return new FeedEvent.Malformed(raw, e.getMessage(), e.inputTsNanos());
        }
    }
}
