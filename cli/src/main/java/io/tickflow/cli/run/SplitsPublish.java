package io.tickflow.cli.run;

import io.tickflow.cli.batch.SplitsCsv;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a splits CSV ({@code ticker,execution_date,split_from,split_to}, the file {@code batch daily --splits}
 * reads) into the compacted {@code reference.splits}, key {@code ticker|execution_date}: the daily stage's split
 * store then adjusts previous closes exactly as the batch does with the same file.
 */
public final class SplitsPublish {
    private SplitsPublish() {
    }

    /**
     * @return splits published
     * @throws IllegalArgumentException naming the file and line of a malformed row (nothing is published then)
     */
    public static long run(String bootstrapServers, SchemaRegistryClient registry, Path csv) {
        Map<String, Split> records = new TreeMap<>();
        for (Map.Entry<String, SplitHistory> ticker : SplitsCsv.read(csv).entrySet()) {
            ticker.getValue().splits().forEach(s -> records.put(ticker.getKey() + "|" + s.executionDate(),
                    Split.newBuilder().setTicker(ticker.getKey()).setExecutionDate(s.executionDate())
                            .setSplitFrom(s.splitFrom()).setSplitTo(s.splitTo()).build()));
        }
        try (Producer<String, Split> producer = ReplayProducerFactory.create(bootstrapServers, new StringSerializer(),
                Topics.SPLITS.valueSerde(registry).serializer())) {
            records.forEach((key, split) -> producer.send(new ProducerRecord<>(Topics.SPLITS.name(), key, split)));
            producer.flush();
        }
        return records.size();
    }
}
