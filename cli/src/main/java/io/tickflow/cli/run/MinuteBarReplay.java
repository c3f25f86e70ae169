package io.tickflow.cli.run;

import io.tickflow.producers.deadletter.KafkaDeadLetterSink;
import io.tickflow.producers.replay.MinuteBarReplayer;
import io.tickflow.producers.replay.ReplayClock;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.producers.replay.ReplayResult;
import io.tickflow.producers.replay.ReplaySettings;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Replays minute aggregate files into {@code bars.1m}, rejected lines into {@code dead-letter}. */
public final class MinuteBarReplay {
    private MinuteBarReplay() {
    }

    /** @param speedFactor 0 for as fast as possible, else the multiple of real time */
    public static ReplayResult run(String bootstrapServers, SchemaRegistryClient registry, List<Path> files,
                                   double speedFactor) throws InterruptedException {
        try (Producer<String, Bar> bars = ReplayProducerFactory.create(bootstrapServers, new StringSerializer(),
                     Topics.BARS_1M.valueSerde(registry).serializer());
             Producer<String, DeadLetter> letters = ReplayProducerFactory.create(bootstrapServers,
                     new StringSerializer(), Topics.DEAD_LETTER.valueSerde(registry).serializer());
             KafkaDeadLetterSink rejects = new KafkaDeadLetterSink(letters, Topics.DEAD_LETTER.name(), Clock.systemUTC())) {
            ReplaySettings settings = new ReplaySettings(Topics.BARS_1M.name(), speedFactor,
                    ReplaySettings.DEFAULT_PROGRESS_EVERY);
            return new MinuteBarReplayer(bars, rejects, settings, ReplayClock.system()).replay(files, progress -> {
                if (progress.finished() || progress.records() % 200_000 < ReplaySettings.DEFAULT_PROGRESS_EVERY) {
                    System.out.printf("  replayed %,d minute bars (%,.0f/s)%n", progress.records(),
                            progress.recordsPerSecond());
                }
            });
        }
    }
}
