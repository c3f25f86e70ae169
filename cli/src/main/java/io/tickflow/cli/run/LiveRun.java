package io.tickflow.cli.run;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.producers.deadletter.KafkaDeadLetterSink;
import io.tickflow.producers.live.ApiKey;
import io.tickflow.producers.live.FeedDeadLetters;
import io.tickflow.producers.live.LiveFeed;
import io.tickflow.producers.live.LiveFeedCounters;
import io.tickflow.producers.live.LiveFeedSettings;
import io.tickflow.producers.live.LiveRecordSink;
import io.tickflow.producers.live.LiveTopics;
import io.tickflow.producers.replay.ReplayProducerFactory;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.TickflowTopology;
import io.tickflow.streams.bars.DibBarsTopology;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * {@code tickflow live} in one object: the streams graph (every stage, sessions also sealed on the wall clock) and the
 * WebSocket feed writing into its input topics. Stopping it closes the feed first (its buffer drains into Kafka),
 * then the streams application (state stores flushed, last transaction committed).
 *
 * <p>Next morning: nothing to do. The application keeps its state in RocksDB under the state dir and in changelog
 * topics, so the next session's first trades open new sessions on the state the previous day left; a restart with
 * the same application id and state dir resumes from the committed offsets, without replaying the day.
 */
public final class LiveRun implements AutoCloseable {
    /**
     * 1 ms: at 100k trades/s a batch still holds ~50 trades a partition, and against 5 ms the alerts bench measured
     * p50 4.6-5.5 instead of 7.6-10 ms and p99 21.5-27 instead of 27-44 ms, for ~30 % more broker CPU (session 7).
     */
    private static final int LIVE_LINGER_MS = 1;
    private static final int MAX_BLOCK_MS = 10_000;

    private final StreamsRunner streams;
    private final LiveFeed feed;
    private final Producer<String, Object> records;
    private final Producer<String, DeadLetter> letters;
    private final DibBarsTopology.Settings bars;

    private LiveRun(StreamsRunner streams, LiveFeed feed, Producer<String, Object> records,
                    Producer<String, DeadLetter> letters, DibBarsTopology.Settings bars) {
        this.streams = streams;
        this.feed = feed;
        this.records = records;
        this.letters = letters;
        this.bars = bars;
    }

    /**
     * Provisions the topics, starts the streams application and waits until it runs, then starts the feed.
     *
     * @param stages       the stages as configured; their bars stage is given a wall-clock session close
     * @param sessionCheck how often (wall time) ended sessions are sealed
     * @param clock        the wall clock sessions are sealed on ({@code Clock.systemUTC()}; tests control it)
     */
    public static LiveRun start(String bootstrapServers, SchemaRegistryClient registry, LiveFeedSettings feedSettings,
                                ApiKey key, StreamsSettings streamsSettings, TickflowTopology.Stages stages,
                                Duration sessionCheck, Clock clock) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            new TopicProvisioner(admin, (short) -1).ensure(Topics.ALL, t -> t.spec().partitions());
        }
        DibBarsTopology.Settings bars = stages.bars()
                .withWallClockClose(new DibBarsTopology.WallClockClose(clock, sessionCheck));
        StreamsRunner streams = StreamsRunner.start(streamsSettings, streamsProperties(streamsSettings),
                TickflowTopology.build(stages.withBars(bars), registry));
        Producer<String, Object> records = new KafkaProducer<>(liveProducerSettings(bootstrapServers),
                new StringSerializer(), marketValues(registry));
        Producer<String, DeadLetter> letters = new KafkaProducer<>(liveProducerSettings(bootstrapServers),
                new StringSerializer(), Topics.DEAD_LETTER.valueSerde(registry).serializer());
        LiveFeedCounters counters = new LiveFeedCounters();
        FeedDeadLetters deadLetters = new FeedDeadLetters(
                new KafkaDeadLetterSink(letters, Topics.DEAD_LETTER.name(), Clock.systemUTC()), feedSettings.source());
        LiveRecordSink sink = new LiveRecordSink(records, LiveTopics.standard(), feedSettings.bufferCapacity(),
                deadLetters, counters);
        LiveFeed feed = new LiveFeed(feedSettings, key, sink, counters);
        feed.start();
        return new LiveRun(streams, feed, records, letters, bars);
    }

    /**
     * The replay producer's settings (idempotent, acks=all) with a short linger, since a live record waits for its
     * batch, and a bounded block so that a broker outage fails sends (counted, dead-lettered) instead of freezing
     * the feed.
     */
    public static Properties liveProducerSettings(String bootstrapServers) {
        Properties props = ReplayProducerFactory.settings(bootstrapServers);
        props.put(ProducerConfig.LINGER_MS_CONFIG, LIVE_LINGER_MS);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        return props;
    }

    /**
     * The live graph's Kafka Streams properties: {@code settings}' own, and under at-least-once the latency-oriented
     * client settings {@code tickflow bench --stage alerts} measures with. An at-least-once output is visible as soon
     * as it is sent, so the streams producer sends at once (linger 0 instead of the replay-oriented 20 ms, which an
     * alert would wait out) and the consumer answers a fetch after 5 ms instead of the default 500 ms when fewer
     * than {@code fetch.min.bytes} are there (a quiet minute's lone trade). Exactly-once keeps the bulk settings:
     * its outputs wait for the transaction commit anyway.
     */
    public static Properties streamsProperties(StreamsSettings settings) {
        Properties p = settings.toProperties();
        if (settings.guarantee() == StreamsSettings.Guarantee.AT_LEAST_ONCE) {
            p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
            p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), 5);
        }
        return p;
    }

    /** Trades and minute bars in the Confluent format, each against its own schema, whatever the topic's name. */
    public static Serializer<Object> marketValues(SchemaRegistryClient registry) {
        Serializer<Trade> trades = Topics.TRADES.valueSerde(registry).serializer();
        Serializer<Bar> bars = Topics.BARS_1M.valueSerde(registry).serializer();
        return (topic, value) -> {
            if (value instanceof Trade t) {
                return trades.serialize(topic, t);
            }
            if (value instanceof Bar b) {
                return bars.serialize(topic, b);
            }
            throw new IllegalArgumentException("the live feed writes trades and minute bars, not " + value.getClass());
        };
    }

    public LiveFeed feed() {
        return feed;
    }

    public StreamsRunner streams() {
        return streams;
    }

    /** One line for the terminal: the feed's counts, and when today's session is sealed. */
    public String statusLine(Instant now) {
        long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        LocalDate session = SessionClock.sessionDate(nowNanos);
        long end = bars.tickerBars().sessionEndNanos(session);
        String sealing = end == Long.MAX_VALUE ? "sessions are not cut (sessions: none)"
                : "session " + session + " is sealed at " + Instant.ofEpochSecond(0, end).plus(bars.sessionGrace())
                        .atZone(SessionClock.EXCHANGE_ZONE).toLocalTime() + " ET";
        return "feed " + feed.state() + " (" + feed.counters() + "); streams " + streams.state() + "; " + sealing;
    }

    @Override
    public void close() {
        feed.close();
        records.close();
        letters.close();
        streams.close();
    }
}
