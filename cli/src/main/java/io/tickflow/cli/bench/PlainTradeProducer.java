package io.tickflow.cli.bench;

import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.market.Trade;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The replay bench's baselines: a plain Kafka producer sending trades already serialized (the replay's bytes, keys
 * and record times) with the replay's producer settings, either without transactions or, to show what exactly-once
 * costs by itself, in transactions of the replay's size. Every send is checked: a round whose baseline lost a
 * record fails instead of counting a partial send as a fast one.
 */
final class PlainTradeProducer {

    private final String bootstrap;

    PlainTradeProducer(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Seconds to send every record to {@code topic} and have it acknowledged (close flushes), no transactions. */
    double send(String topic, List<Trade> trades, List<byte[]> values) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        Callback check = (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        };
        long start = System.nanoTime();
        try (Producer<String, byte[]> producer = ReplayProducerFactory.create(bootstrap, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(record(topic, trades.get(i), values.get(i)), check);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("the plain producer lost records of " + topic + ": " + failure.get(),
                    failure.get());
        }
        return seconds;
    }

    /**
     * Seconds to send every record to {@code topic} in transactions of {@code chunkRecords} records, committed as
     * the replay commits them (a failed send makes the commit throw).
     */
    double sendTransactional(String topic, String transactionalId, List<Trade> trades, List<byte[]> values,
                             long chunkRecords) {
        Serializer<Object> bytes = (t, value) -> (byte[]) value;
        long start = System.nanoTime();
        try (Producer<String, Object> producer = ReplayProducerFactory.transactional(bootstrap, transactionalId, bytes)) {
            producer.beginTransaction();
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, null, trades.get(i).getSipTs() / 1_000_000L,
                        trades.get(i).getTicker(), values.get(i)));
                if ((i + 1) % chunkRecords == 0) {
                    producer.commitTransaction();
                    producer.beginTransaction();
                }
            }
            producer.commitTransaction();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static ProducerRecord<String, byte[]> record(String topic, Trade trade, byte[] value) {
        return new ProducerRecord<>(topic, null, trade.getSipTs() / 1_000_000L, trade.getTicker(), value);
    }
}
