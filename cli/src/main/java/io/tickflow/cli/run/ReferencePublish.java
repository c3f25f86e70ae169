package io.tickflow.cli.run;

import io.tickflow.cli.batch.MarketCapCsv;
import io.tickflow.cli.batch.SplitsCsv;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.producers.deadletter.KafkaDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.avro.specific.SpecificRecordBase;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the reference CSVs the batch commands read into their compacted {@code reference.*} topics, key
 * {@code ticker|date}: the daily stage's global stores then see exactly what the batch sees with the same file. A
 * malformed file publishes nothing ({@link IllegalArgumentException} naming the file and line).
 */
public final class ReferencePublish {
    private ReferencePublish() {
    }

    /**
     * Splits CSV ({@code ticker,execution_date,split_from,split_to}, the file {@code batch daily --splits} reads)
     * into {@code reference.splits}, key {@code ticker|execution_date}.
     *
     * @return splits published
     */
    public static long splits(String bootstrapServers, SchemaRegistryClient registry, Path csv) {
        Map<String, Split> records = new TreeMap<>();
        for (Map.Entry<String, SplitHistory> ticker : SplitsCsv.read(csv).entrySet()) {
            ticker.getValue().splits().forEach(s -> records.put(ticker.getKey() + "|" + s.executionDate(),
                    Split.newBuilder().setTicker(ticker.getKey()).setExecutionDate(s.executionDate())
                            .setSplitFrom(s.splitFrom()).setSplitTo(s.splitTo()).build()));
        }
        return publish(bootstrapServers, registry, Topics.SPLITS, records);
    }

    /**
     * Market-cap CSV (the file {@code batch universe --market-cap} reads) into {@code reference.market-cap}, key
     * {@code ticker|date}; malformed rows go to {@code dead-letter} with the file, line and reason.
     *
     * @return the reader's counts; {@code accepted} rows were published (a ticker-date given twice once, the later)
     */
    public static ReadStats marketCaps(String bootstrapServers, SchemaRegistryClient registry, Path csv) {
        try (Producer<String, DeadLetter> letters = ReplayProducerFactory.create(bootstrapServers,
                     new StringSerializer(), Topics.DEAD_LETTER.valueSerde(registry).serializer());
             KafkaDeadLetterSink rejects = new KafkaDeadLetterSink(letters, Topics.DEAD_LETTER.name(),
                     Clock.systemUTC())) {
            MarketCapCsv caps = MarketCapCsv.read(csv, rejects);
            publish(bootstrapServers, registry, Topics.MARKET_CAP, caps.records());
            return caps.read();
        }
    }

    private static <V extends SpecificRecordBase> long publish(String bootstrapServers, SchemaRegistryClient registry, Topic<V> topic,
                                    Map<String, V> records) {
        try (Producer<String, V> producer = ReplayProducerFactory.create(bootstrapServers, new StringSerializer(),
                topic.valueSerde(registry).serializer())) {
            records.forEach((key, value) -> producer.send(new ProducerRecord<>(topic.name(), key, value)));
            producer.flush();
        }
        return records.size();
    }
}
