package io.tickflow.cli.run;

import io.tickflow.cli.batch.MarketCapCsv;
import io.tickflow.cli.batch.SplitsCsv;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.core.universe.MarketCapHistory;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.reference.Split;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.Topics;
import java.nio.file.Path;
import org.apache.avro.specific.SpecificRecordBase;
import java.time.LocalDate;
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
     * Market caps CSV ({@code ticker,date,market_cap}, the file {@code batch universe --market-cap} reads) into
     * {@code reference.market-cap}, key {@code ticker|date}.
     *
     * @return market caps published
     */
    public static long marketCaps(String bootstrapServers, SchemaRegistryClient registry, Path csv) {
        Map<String, MarketCap> records = new TreeMap<>();
        for (Map.Entry<String, MarketCapHistory> ticker : MarketCapCsv.read(csv).entrySet()) {
            for (Map.Entry<LocalDate, Double> cap : ticker.getValue().byDate().entrySet()) {
                records.put(ticker.getKey() + "|" + cap.getKey(), MarketCap.newBuilder().setTicker(ticker.getKey())
                        .setDate(cap.getKey()).setMarketCap(cap.getValue()).build());
            }
        }
        return publish(bootstrapServers, registry, Topics.MARKET_CAP, records);
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
