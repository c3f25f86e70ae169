package io.tickflow.benchmarks.sink;

import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;

/**
 * The trades {@code tickflow bench --stage sink --scale 4} lands (the generator's defaults: seed 42, 8 tickers, from
 * 2024-01-02), the first {@code count} in SIP-time order, each with the Kafka partition of its key (the ticker, as
 * the producer's default partitioner picks it among {@value #PARTITIONS}) and its value in the Confluent wire format.
 *
 * @param trades     in SIP-time order
 * @param values     the trades' values as the topic holds them: magic byte, schema id, Avro binary body
 * @param partitions the Kafka partition of each trade
 */
record SinkBenchTrades(List<Trade> trades, List<byte[]> values, int[] partitions) {

    /** Partitions of the bench's topic (its {@code --partitions} default), one sink task each. */
    static final int PARTITIONS = 2;
    /** Trades per session multiplier of the sink bench's runs. */
    private static final double SCALE = 4.0;
    /** About 48,000 trades a session at scale 4: enough sessions for 200,000 trades. */
    private static final int SESSIONS = 5;

    /**
     * Generates the day files under {@code workDir}, reads them back and serializes the first {@code count} trades.
     *
     * @throws IllegalStateException when the generator made fewer than {@code count} trades
     */
    static SinkBenchTrades generate(int count, Path workDir) throws IOException {
        GenerationSummary data = new SyntheticMarketGenerator(new GeneratorSettings(42, 8, SESSIONS,
                LocalDate.of(2024, 1, 2), SCALE)).writeTo(workDir.resolve("raw"));
        List<Trade> all = new ArrayList<>();
        PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(workDir)) {
            data.tradeFiles().forEach(file -> reader.read(file, all::add, rejects));
        }
        if (all.size() < count) {
            throw new IllegalStateException("generated " + all.size() + " trades, fewer than " + count);
        }
        all.sort(Comparator.comparingLong(Trade::getSipTs));
        List<Trade> trades = List.copyOf(all.subList(0, count));
        return new SinkBenchTrades(trades, serialized(trades), partitions(trades));
    }

    /** The record timestamp the bench gives a trade: its SIP time in ms. */
    static long timestampMs(Trade trade) {
        return trade.getSipTs() / 1_000_000L;
    }

    private static List<byte[]> serialized(List<Trade> trades) throws IOException {
        try (SingleSchemaRegistry registry = new SingleSchemaRegistry(Trade.getClassSchema());
             Serializer<Trade> serializer = Topics.TRADES.valueSerde(new SchemaRegistryClient(registry.url()))
                     .serializer()) {
            return trades.stream().map(trade -> serializer.serialize(Topics.TRADES.name(), trade)).toList();
        }
    }

    private static int[] partitions(List<Trade> trades) {
        return trades.stream().mapToInt(trade -> Utils.toPositive(Utils.murmur2(
                trade.getTicker().getBytes(StandardCharsets.UTF_8))) % PARTITIONS).toArray();
    }
}
