package io.tickflow.cli.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits for a stage's outputs to stop changing, for stages that send rows after the input offsets are committed
 * (the daily stage sends changed rows once per emit interval, so its last rows are committed a punctuation after
 * its last input): watches the committed ends (last stable offsets) of the output topics.
 */
public final class SettledOutputs {
    private static final long POLL_MS = 50;

    private SettledOutputs() {
    }

    /**
     * Polls the committed ends of {@code topics} every 50 ms until none has moved for {@code quiet}.
     *
     * @return {@link System#nanoTime()} when a move was last seen (the call's start when none moved): the time the
     *         outputs were complete, within the 50 ms polling step
     * @throws IllegalStateException when they still move after {@code timeout}, or cannot be read
     */
    public static long await(String bootstrap, List<String> topics, Duration quiet, Duration timeout)
            throws InterruptedException {
        long start = System.nanoTime();
        long lastMove = start;
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, Long> ends = committedEnds(admin, topics);
            while (System.nanoTime() - lastMove < quiet.toNanos()) {
                if (System.nanoTime() - start > timeout.toNanos()) {
                    throw new IllegalStateException(topics + " still changing after " + timeout);
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MS);
                Map<TopicPartition, Long> now = committedEnds(admin, topics);
                if (!now.equals(ends)) {
                    lastMove = System.nanoTime();
                    ends = now;
                }
            }
        }
        return lastMove;
    }

    private static Map<TopicPartition, Long> committedEnds(Admin admin, List<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                    .forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the ends of " + topics + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
