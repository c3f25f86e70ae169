package io.tickflow.cli.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;

/**
 * The server-sent events of the page, numbered 1, 2, 3, ... A client that reconnects with {@code Last-Event-ID: n}
 * gets the events after n from a bounded history; when n is older than the history (or absent) it gets a snapshot
 * of the whole state instead, numbered with the id of the last event, so nothing is lost either way.
 *
 * <p>Each subscriber has a bounded queue. A subscriber that does not keep up is cut off ({@link Subscription#overflowed})
 * rather than silently losing events: its browser reconnects and catches up through {@code Last-Event-ID}.
 * Thread safe.
 */
public final class EventLog {
    /** One event: {@code id}, SSE {@code event} type and JSON {@code data} (one line). */
    public record Event(long id, String type, String data) {
        /** The event in the text/event-stream format, ending with its blank line. */
        public String wireFormat() {
            return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
        }
    }

    private final int historySize;
    private final int queueSize;
    private final Deque<Event> history = new ArrayDeque<>();
    private final List<Subscription> subscribers = new CopyOnWriteArrayList<>();
    private long lastId;

    /**
     * @param historySize events kept for {@code Last-Event-ID} resumes, &gt;= 1
     * @param queueSize   events a slow subscriber may have pending before it is cut off, &gt;= 1
     */
    public EventLog(int historySize, int queueSize) {
        if (historySize < 1 || queueSize < 1) {
            throw new IllegalArgumentException("historySize and queueSize must be >= 1");
        }
        this.historySize = historySize;
        this.queueSize = queueSize;
    }

    /** Numbers and sends an event to every subscriber; returns its id. */
    public synchronized long publish(String type, String data) {
        Event event = new Event(++lastId, type, data);
        history.addLast(event);
        if (history.size() > historySize) {
            history.removeFirst();
        }
        for (Subscription s : subscribers) {
            if (!s.queue.offer(event)) {
                s.overflowed = true;
                subscribers.remove(s);
            }
        }
        return event.id();
    }

    /**
     * Subscribes a client.
     *
     * @param lastEventId the client's {@code Last-Event-ID}, or -1 for a new client
     * @param snapshot    builds the whole state's events, given the id they must carry
     */
    public synchronized Subscription subscribe(long lastEventId, LongFunction<List<Event>> snapshot) {
        Subscription s = new Subscription(new ArrayBlockingQueue<>(queueSize), catchUp(lastEventId, snapshot));
        subscribers.add(s);
        return s;
    }

    private List<Event> catchUp(long lastEventId, LongFunction<List<Event>> snapshot) {
        boolean resumable = lastEventId >= 0 && lastEventId <= lastId
                && (lastEventId == lastId || (!history.isEmpty() && history.peekFirst().id() <= lastEventId + 1));
        if (!resumable) {
            return snapshot.apply(lastId);
        }
        List<Event> missed = new ArrayList<>();
        history.stream().filter(e -> e.id() > lastEventId).forEach(missed::add);
        return missed;
    }

    /** Stops sending to {@code s}. */
    public void unsubscribe(Subscription s) {
        subscribers.remove(s);
    }

    /** Clients subscribed now. */
    public int subscribers() {
        return subscribers.size();
    }

    /** One client's events: what it missed first, then new ones as they are published. */
    public static final class Subscription {
        private final BlockingQueue<Event> queue;
        private final List<Event> catchUp;
        private volatile boolean overflowed;

        private Subscription(BlockingQueue<Event> queue, List<Event> catchUp) {
            this.queue = queue;
            this.catchUp = List.copyOf(catchUp);
        }

        /** Events to send before any new one. */
        public List<Event> catchUp() {
            return catchUp;
        }

        /** Pending new events; the SSE handler takes from it. */
        public BlockingQueue<Event> queue() {
            return queue;
        }

        /** True when the client fell behind by more than the queue holds and was dropped. */
        public boolean overflowed() {
            return overflowed;
        }
    }
}
