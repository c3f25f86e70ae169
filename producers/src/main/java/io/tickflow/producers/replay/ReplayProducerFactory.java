package io.tickflow.producers.replay;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Builds the producer a replay writes with. The only place in this module that constructs a
 * {@link KafkaProducer}; everything else takes a {@link Producer} from its caller.
 *
 * <p>Settings, and why:
 * <ul>
 *   <li>{@code enable.idempotence=true}, {@code acks=all}: a retried batch is written once and in order
 *       per partition, so a replay never duplicates or reorders a ticker's trades.</li>
 *   <li>{@code linger.ms=20}, {@code batch.size=256 KiB}: replay is a bulk load; larger batches cut
 *       per-request overhead at the cost of a few milliseconds of latency.</li>
 *   <li>{@code retry.backoff.ms=10} (default 100; still growing exponentially to {@code retry.backoff.max.ms}, 1 s):
 *       {@code initTransactions} of a new transactional id is answered "retry" once by the coordinator, and the
 *       default backoff made it take ~115 ms instead of ~25 ms, a tenth of a replay of 20 day files.</li>
 * </ul>
 */
public final class ReplayProducerFactory {

    static final int LINGER_MS = 20;
    static final int BATCH_BYTES = 256 * 1024;
    static final int RETRY_BACKOFF_MS = 10;

    private ReplayProducerFactory() {
    }

    /** The producer settings {@link #create} uses, for inspection and for callers adding their own. */
    public static Properties settings(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
        props.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, RETRY_BACKOFF_MS);
        return props;
    }

    /**
     * A transactional producer for {@link FileReplayer}, {@code initTransactions()} done: a producer left open by a
     * killed run with the same {@code transactionalId} is fenced and its open transaction aborted.
     *
     * @param transactionalId stable per replay (the same on a rerun), e.g. {@code tickflow-replay-<replay id>}
     */
    public static Producer<String, Object> transactional(String bootstrapServers, String transactionalId,
                                                         Serializer<Object> valueSerializer) {
        Properties props = settings(bootstrapServers);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        Producer<String, Object> producer = new KafkaProducer<>(props, new org.apache.kafka.common.serialization.StringSerializer(),
                valueSerializer);
        producer.initTransactions();
        return producer;
    }

    /**
     * @param bootstrapServers {@code host:port[,host:port]}
     * @param keySerializer    serializer of keys (tickers)
     * @param valueSerializer  serializer of values (e.g. the project's Confluent-format Avro serializer)
     */
    public static <K, V> Producer<K, V> create(String bootstrapServers, Serializer<K> keySerializer,
                                               Serializer<V> valueSerializer) {
        return new KafkaProducer<>(settings(bootstrapServers), keySerializer, valueSerializer);
    }
}
