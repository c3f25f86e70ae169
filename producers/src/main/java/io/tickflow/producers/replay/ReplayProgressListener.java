package io.tickflow.producers.replay;

/** Receives progress reports of a replay, on the replaying thread. */
@FunctionalInterface
public interface ReplayProgressListener {

    void onProgress(ReplayProgress progress);

    /** A listener that ignores every report. */
    static ReplayProgressListener ignoring() {
        return progress -> { };
    }
}
