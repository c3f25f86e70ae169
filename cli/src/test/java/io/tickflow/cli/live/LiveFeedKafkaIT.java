package io.tickflow.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.LiveRun;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.producers.deadletter.KafkaDeadLetterSink;
import io.tickflow.producers.live.ApiKey;
import io.tickflow.producers.live.BackoffPolicy;
import io.tickflow.producers.live.FeedDeadLetters;
import io.tickflow.producers.live.FeedEvent;
import io.tickflow.producers.live.FeedSubscription;
import io.tickflow.producers.live.FrameParser;
import io.tickflow.producers.live.LiveFeed;
import io.tickflow.producers.live.LiveFeedCounters;
import io.tickflow.producers.live.LiveFeedSettings;
import io.tickflow.producers.live.LiveRecordSink;
import io.tickflow.producers.live.LiveTopics;
import io.tickflow.schemas.deadletter.DeadLetter;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The feed into a real broker: frames become the reader's records on their topics; a reconnect's cost, measured. */
@ExtendWith(SharedKafka.class)
class LiveFeedKafkaIT {
    private static final String KEY = "it-key";
    private static final ApiKey API_KEY = ApiKey.fromEnvironment("IT_KEY", Map.of("IT_KEY", KEY)::get);
    private static final long T0 = PolygonFrames.millis(LocalDate.of(2024, 3, 8), LocalTime.of(10, 0));
    private static EmbeddedSchemaRegistry registry;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final LiveTopics topics = new LiveTopics("it-live-trades-" + suffix, "it-live-bars-" + suffix);
    private final String deadLetterTopic = "it-live-dead-" + suffix;
    private final LiveFeedCounters counters = new LiveFeedCounters();
    private SchemaRegistryClient client;
    private LocalPolygonFeed server;
    private LiveFeed feed;
    private Producer<String, DeadLetter> letters;
    private Producer<String, Object> records;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedSchemaRegistry.start(SharedKafka.bootstrapServers(), 0);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @BeforeEach
    void start() throws Exception {
        client = new SchemaRegistryClient(registry.url());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", SharedKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topics.trades(), 2, (short) 1), new NewTopic(topics.bars(), 2, (short) 1),
                    new NewTopic(deadLetterTopic, 1, (short) 1))).all().get();
        }
        server = LocalPolygonFeed.start(KEY);
    }

    @AfterEach
    void stop() throws Exception {
        if (feed != null) {
            feed.close();
        }
        if (letters != null) {
            letters.close();
            records.close();
        }
        server.close();
    }

    @Test
    void framesBecomeTheReadersRecordsOnTheirTopicsAndBadFramesBecomeDeadLetters() throws Exception {
        startFeed(new BackoffPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 2.0, 0.5));
        server.awaitSubscriptions(1, Duration.ofSeconds(15));
        List<String> frames = List.of(PolygonFrames.trade("AAPL", T0, 170.25, 100, 1),
                PolygonFrames.trade("ABRpD", T0 + 1, 18.5, 300, 2), PolygonFrames.trade("AAPL", T0 + 2, 170.26, 50, 3),
                PolygonFrames.minuteBar("AAPL", T0 - 60_000, 170.0, 170.5, 169.9, 170.25, 5_000));
        for (String frame : frames) {
            server.send(frame);
        }
        server.send("not json at all");

        List<Trade> trades = TopicReader.readUntil(SharedKafka.bootstrapServers(), topics.trades(),
                Topics.TRADES.valueSerde(client).deserializer(), t -> true, l -> l.size() == 3, Duration.ofSeconds(30));
        List<Bar> bars = TopicReader.readUntil(SharedKafka.bootstrapServers(), topics.bars(),
                Topics.BARS_1M.valueSerde(client).deserializer(), b -> true, l -> l.size() == 1, Duration.ofSeconds(30));
        List<DeadLetter> dead = TopicReader.readUntil(SharedKafka.bootstrapServers(), deadLetterTopic,
                Topics.DEAD_LETTER.valueSerde(client).deserializer(), d -> true, l -> l.size() == 1, Duration.ofSeconds(30));

        List<Object> expected = new ArrayList<>();
        frames.forEach(f -> new FrameParser(server.url().toString()).parse(f).forEach(e -> expected.add(
                e instanceof FeedEvent.TradeEvent t ? t.trade() : ((FeedEvent.BarEvent) e).bar())));
        assertThat(trades).containsExactlyInAnyOrderElementsOf(expected.subList(0, 3).stream().map(Trade.class::cast).toList());
        assertThat(trades).extracting(Trade::getTicker).contains("ABR.PRD");
        assertThat(bars).containsExactly((Bar) expected.get(3));
        assertThat(dead.get(0).getRaw()).isEqualTo("not json at all");
        assertThat(dead.get(0).getFormat()).isEqualTo(FeedDeadLetters.FORMAT);
        assertThat(counters.malformed()).isEqualTo(1);
    }

    /**
     * What a reconnect costs: server drop → reconnect → auth → resubscribe → first record acknowledged by Kafka, with
     * no backoff delay (1 ms, no jitter) so the figure is the mechanism's own; the configured first delay adds to it.
     */
    @Test
    void reconnectCostsLittleMoreThanTheBackoffDelay() throws Exception {
        startFeed(new BackoffPolicy(Duration.ofMillis(1), Duration.ofMillis(1), 1.0, 0.0));
        server.awaitSubscriptions(1, Duration.ofSeconds(15));
        List<Long> costsMicros = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            long produced = counters.tradesProduced();
            long dropped = System.nanoTime();
            server.disconnect();
            server.awaitSubscriptions(round + 2, Duration.ofSeconds(15));
            server.send(PolygonFrames.trade("AAPL", T0 + round, 170.25, 100, round + 1));
            LiveFeedProtocolTest.await(() -> counters.tradesProduced() > produced);
            costsMicros.add((counters.lastProducedNanos() - dropped) / 1_000);
        }
        List<Long> sorted = costsMicros.stream().sorted().toList();
        System.out.printf("live reconnect cost (drop -> first record acked after resubscribe), 7 rounds, µs: %s; "
                + "median %,d µs%n", costsMicros, sorted.get(3));

        assertThat(counters.gaps()).isEqualTo(7);
        assertThat(counters.reconnects()).isEqualTo(7);
        assertThat(sorted.get(3)).isLessThan(5_000_000L);
    }

    private void startFeed(BackoffPolicy backoff) {
        LiveFeedSettings settings = new LiveFeedSettings(server.url(), FeedSubscription.all(), 1_000,
                Duration.ofSeconds(30), backoff, Duration.ofSeconds(5), Duration.ofMillis(250), false);
        records = new KafkaProducer<>(Map.of("bootstrap.servers", SharedKafka.bootstrapServers(),
                "linger.ms", 5, "acks", "all", "enable.idempotence", true), new StringSerializer(), LiveRun.marketValues(client));
        letters = new KafkaProducer<>(Map.of("bootstrap.servers", SharedKafka.bootstrapServers()), new StringSerializer(),
                Topics.DEAD_LETTER.valueSerde(client).serializer());
        FeedDeadLetters dead = new FeedDeadLetters(new KafkaDeadLetterSink(letters, deadLetterTopic, Clock.systemUTC()),
                settings.source());
        feed = new LiveFeed(settings, API_KEY, new LiveRecordSink(records, topics, 1_000, dead, counters), counters);
        feed.start();
    }
}
