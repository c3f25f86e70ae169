package io.tickflow.cli.run;

import io.tickflow.producers.deadletter.KafkaDeadLetterSink;
import io.tickflow.producers.replay.ReplayClock;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.producers.replay.ReplayResult;
import io.tickflow.producers.replay.ReplaySettings;
import io.tickflow.producers.replay.TradeReplayer;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Replays trade files into the {@code trades} topic, rejected lines into {@code dead-letter}. */
public final class TradeReplay {
    private TradeReplay() {
    }

    /**
     * @param speedFactor 0 for as fast as possible, else the multiple of real time
     */
    public static ReplayResult run(String bootstrapServers, SchemaRegistryClient registry, List<Path> files,
                                   double speedFactor) throws InterruptedException {
        try (Producer<String, Trade> trades = ReplayProducerFactory.create(bootstrapServers, new StringSerializer(),
                     Topics.TRADES.valueSerde(registry).serializer());
             Producer<String, DeadLetter> letters = ReplayProducerFactory.create(bootstrapServers,
                     new StringSerializer(), Topics.DEAD_LETTER.valueSerde(registry).serializer());
             KafkaDeadLetterSink rejects = new KafkaDeadLetterSink(letters, Topics.DEAD_LETTER.name(), Clock.systemUTC())) {
            ReplaySettings settings = new ReplaySettings(Topics.TRADES.name(), speedFactor,
                    ReplaySettings.DEFAULT_PROGRESS_EVERY);
            TradeReplayer replayer = new TradeReplayer(trades, rejects, settings, ReplayClock.system());
            return replayer.replay(files, progress -> {
                if (progress.finished() || progress.records() % 200_000 < ReplaySettings.DEFAULT_PROGRESS_EVERY) {
                    System.out.printf("  replayed %,d trades (%,.0f/s)%n", progress.records(), progress.recordsPerSecond());
                }
            });
        }
    }
}
