package io.tickflow.producers.deadletter;

import java.util.ArrayList;
import java.util.List;

/** Test double: keeps every rejection in a list. */
public final class InMemoryDeadLetterSink implements DeadLetterSink {

    private final List<Rejection> rejections = new ArrayList<>();
    private boolean closed;

    @Override
    public void accept(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public boolean closed() {
        return closed;
    }
}
