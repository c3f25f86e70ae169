package io.tickflow.cli.run;

import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.replay.FileReplayProgress;
import io.tickflow.producers.replay.FileReplayResult;
import io.tickflow.producers.replay.FileReplaySettings;
import io.tickflow.producers.replay.FileReplayer;
import io.tickflow.producers.replay.ReplayClock;
import io.tickflow.producers.replay.ReplayHook;
import io.tickflow.producers.replay.ReplayLedger;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.producers.replay.TopicValueSerializer;
import io.tickflow.producers.replay.WatchlistFilter;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;

/**
 * Replays files of any supported format into their topics, exactly once across kills (see {@link FileReplayer}):
 * provisions the topics when missing, reads the ledger of {@code replayId}, and replays with a transactional producer
 * whose id is derived from {@code replayId}, so a rerun with the same id resumes where a killed run stopped.
 */
public final class FileReplay {

    private FileReplay() {
    }

    /**
     * @param partitions partitions of topics created here, 0 for each topic's default (existing topics are kept as they are)
     */
    public static FileReplayResult run(String bootstrapServers, SchemaRegistryClient registry, String replayId,
                                       List<Path> files, ReadOptions options, FileReplaySettings settings, int partitions,
                                       Consumer<FileReplayProgress> progress, ReplayHook hook) throws InterruptedException {
        return run(bootstrapServers, registry, replayId, files, options, settings, partitions, progress, hook, false,
                WatchlistFilter.ALL);
    }

    /**
     * @param mergeByDate true to merge the files of each date into one stream by event time
     *                    ({@link FileReplayer#replayMerged}), false to replay them one after the other
     * @param filter      trades and bars to keep (watchlist mode), {@link WatchlistFilter#ALL} for all
     */
    public static FileReplayResult run(String bootstrapServers, SchemaRegistryClient registry, String replayId,
                                       List<Path> files, ReadOptions options, FileReplaySettings settings, int partitions,
                                       Consumer<FileReplayProgress> progress, ReplayHook hook, boolean mergeByDate,
                                       WatchlistFilter filter) throws InterruptedException {
        // The producer's initTransactions (fencing a killed run, aborting its open transaction) does not need the
        // topics: it runs while they are provisioned (one after the other they were a tenth of a 20-file replay).
        // The ledger is read once it is done: a fenced earlier run can commit nothing after the read.
        TopicValueSerializer values = new TopicValueSerializer(registry, Topics.ALL, ReplayLedger.TOPIC);
        CompletableFuture<Producer<String, Object>> initialized = CompletableFuture.supplyAsync(() ->
                ReplayProducerFactory.transactional(bootstrapServers, "tickflow-replay-" + replayId, values));
        try {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
                new TopicProvisioner(admin, (short) -1).ensure(Topics.ALL, t -> partitions > 0 ? partitions : t.spec().partitions());
                ReplayLedger.ensureTopic(admin, ReplayLedger.TOPIC);
            }
        } catch (RuntimeException e) {
            initialized.thenAccept(Producer::close);
            throw e;
        }
        try (Producer<String, Object> producer = producerOf(initialized)) {
            ReplayLedger ledger = ReplayLedger.load(bootstrapServers, ReplayLedger.TOPIC, replayId);
            FileReplayer replayer = new FileReplayer(producer, ledger, settings, ReplayClock.system(), Clock.systemUTC(),
                    Topics.DEAD_LETTER.name(), hook, filter);
            return mergeByDate ? replayer.replayMerged(files, options, progress) : replayer.replay(files, options, progress);
        }
    }

    /** The producer once initialized; its failure rethrown as it was thrown (a KafkaException, a fencing). */
    private static Producer<String, Object> producerOf(CompletableFuture<Producer<String, Object>> initialized)
            throws InterruptedException {
        try {
            return initialized.get();
        } catch (InterruptedException e) {
            initialized.thenAccept(Producer::close);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
