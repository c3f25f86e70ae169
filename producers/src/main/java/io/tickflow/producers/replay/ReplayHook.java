package io.tickflow.producers.replay;

/** Called after every record a replay hands to the producer; tests use it to stop a replay as a kill would. */
@FunctionalInterface
public interface ReplayHook {

    /** @param sentSoFar records sent by this run so far, this one included */
    void afterSend(long sentSoFar);

    static ReplayHook none() {
        return sent -> { };
    }
}
