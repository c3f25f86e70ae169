package io.tickflow.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.live.ApiKey;
import io.tickflow.producers.live.BackoffPolicy;
import io.tickflow.producers.live.FeedDeadLetters;
import io.tickflow.producers.live.FeedSubscription;
import io.tickflow.producers.live.LiveFeed;
import io.tickflow.producers.live.LiveFeedCounters;
import io.tickflow.producers.live.LiveFeedSettings;
import io.tickflow.producers.live.LiveRecordSink;
import io.tickflow.producers.live.LiveTopics;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feed against the local Polygon server, with a mock producer: protocol, counting and dead letters. */
class LiveFeedProtocolTest {
    private static final String KEY = "k3y-not-for-logs";
    private static final ApiKey API_KEY = ApiKey.fromEnvironment("TEST_POLYGON_KEY", Map.of("TEST_POLYGON_KEY", KEY)::get);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 8);
    private static final long T0 = PolygonFrames.millis(DAY, LocalTime.of(10, 0));
    private static final BackoffPolicy FAST = new BackoffPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 2.0, 0.5);

    private LocalPolygonFeed server;
    private LiveFeed feed;
    private LiveRecordSink records;
    private final List<Rejection> letters = new ArrayList<>();
    private final LiveFeedCounters counters = new LiveFeedCounters();

    @BeforeEach
    void startServer() throws Exception {
        server = LocalPolygonFeed.start(KEY);
    }

    @AfterEach
    void stop() throws Exception {
        if (feed != null) {
            feed.close();
        }
        server.close();
    }

    @Test
    void authenticatesWithTheKeyThenSubscribesToTheConfiguredChannels() throws Exception {
        start(new FeedSubscription(List.of("aapl", "ABR.PRD"), true, true), new MockProducer<>(), 100);

        server.awaitSubscriptions(1, Duration.ofSeconds(10));

        assertThat(server.received()).containsExactly("{\"action\":\"auth\",\"params\":\"" + KEY + "\"}",
                "{\"action\":\"subscribe\",\"params\":\"T.AAPL,T.ABRpD,AM.AAPL,AM.ABRpD\"}");
    }

    @Test
    void refusedKeyStopsTheFeedWithAClearReasonAndNoReconnect() throws Exception {
        server.refuseEveryKey();
        start(FeedSubscription.all(), new MockProducer<>(), 100);

        await(() -> feed.state() == LiveFeed.State.FAILED);
        TimeUnit.MILLISECONDS.sleep(500); // 25 backoff periods: a spinning loop would have reconnected by now

        assertThat(feed.failure()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("authentication failed").contains("$TEST_POLYGON_KEY").doesNotContain(KEY));
        assertThat(server.connections()).isEqualTo(1);
        assertThat(server.subscriptions()).isZero();
    }

    @Test
    void tradesAndMinuteBarsGoToTheirTopicsKeyedByTickerAtTheirEventTime() throws Exception {
        MockProducer<String, Object> producer = new MockProducer<>(true, null, new StringSerializer(), (t, v) -> new byte[0]);
        start(FeedSubscription.all(), producer, 100);
        server.awaitSubscriptions(1, Duration.ofSeconds(10));

        server.send(PolygonFrames.trade("AAPL", T0, 170.25, 100, 7));
        server.send(PolygonFrames.minuteBar("AAPL", T0 - 60_000, 170.0, 170.5, 169.9, 170.25, 5_000));
        await(() -> counters.tradesProduced() == 1 && counters.barsProduced() == 1);

        List<ProducerRecord<String, Object>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic).containsExactly("trades", "bars.1m");
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("AAPL", "AAPL");
        assertThat(sent).extracting(ProducerRecord::timestamp).containsExactly(T0, T0 - 60_000);
        assertThat(((Trade) sent.get(0).value()).getSipTs()).isEqualTo(T0 * 1_000_000L);
        assertThat(((Bar) sent.get(1).value()).getWindowStart()).isEqualTo((T0 - 60_000) * 1_000_000L);
    }

    @Test
    void malformedFrameIsCountedAndDeadLetteredWithItsText() throws Exception {
        start(FeedSubscription.all(), new MockProducer<>(true, null, new StringSerializer(), (t, v) -> new byte[0]), 100);
        server.awaitSubscriptions(1, Duration.ofSeconds(10));

        server.send("[{\"ev\":\"T\",\"sym\":\"AAPL\",\"p\":");
        server.send(PolygonFrames.trade("AAPL", T0, 170.25, 100, 7));
        await(() -> counters.malformed() == 1 && counters.tradesProduced() == 1);

        assertThat(letters).singleElement().satisfies(r -> {
            assertThat(r.raw()).isEqualTo("[{\"ev\":\"T\",\"sym\":\"AAPL\",\"p\":");
            assertThat(r.reason()).startsWith("frame is not valid JSON");
            assertThat(r.source()).isEqualTo(server.url().toString());
        });
    }

    @Test
    void fullBufferCountsAndDeadLettersWhatItCannotHoldAndLosesNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        MockProducer<String, Object> stuck = new MockProducer<>(true, null, new StringSerializer(), (t, v) -> new byte[0]) {
            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, Object> record, Callback callback) {
                try {
                    release.await(); // a broker that does not answer: the drain thread hangs here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.send(record, callback);
            }
        };
        start(FeedSubscription.all(), stuck, 2);
        server.awaitSubscriptions(1, Duration.ofSeconds(10));

        try {
            for (int i = 0; i < 10; i++) {
                server.send(PolygonFrames.trade("AAPL", T0 + i, 170.25, 100, i + 1));
            }
            // the drain thread holds one event (stuck in send) or none yet, the buffer 2: 7 or 8 are refused
            await(() -> counters.bufferFull() >= 7);
        } finally {
            release.countDown();
        }
        await(() -> counters.tradesProduced() + counters.bufferFull() == 10);

        long refused = counters.bufferFull();
        assertThat(refused).isBetween(7L, 8L);
        assertThat(letters).hasSize((int) refused)
                .allSatisfy(r -> assertThat(r.reason()).startsWith("live buffer full (2 events)"));
    }

    @Test
    void serverDisconnectIsAGapAndTheFeedReconnectsAndResubscribes() throws Exception {
        start(FeedSubscription.all(), new MockProducer<>(true, null, new StringSerializer(), (t, v) -> new byte[0]), 100);
        server.awaitSubscriptions(1, Duration.ofSeconds(10));
        server.send(PolygonFrames.trade("AAPL", T0, 170.25, 100, 7));
        await(() -> counters.tradesProduced() == 1);

        server.disconnect();
        server.awaitSubscriptions(2, Duration.ofSeconds(10));
        server.send(PolygonFrames.trade("AAPL", T0, 170.25, 100, 7)); // resent after the reconnect: late
        server.send(PolygonFrames.trade("AAPL", T0 + 5, 170.30, 100, 8));
        await(() -> counters.tradesProduced() == 3);

        assertThat(counters.gaps()).isEqualTo(1);
        assertThat(counters.reconnects()).isEqualTo(1);
        assertThat(counters.connections()).isEqualTo(2);
        assertThat(counters.lateFrames()).isEqualTo(1);
        assertThat(server.received().stream().filter(m -> m.contains("subscribe")).count()).isEqualTo(2);
    }

    private void start(FeedSubscription subscription, MockProducer<String, Object> producer, int capacity) {
        LiveFeedSettings settings = new LiveFeedSettings(server.url(), subscription, capacity, Duration.ofSeconds(30),
                FAST, Duration.ofSeconds(5), Duration.ofMillis(250), false);
        DeadLetterSink sink = new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                synchronized (letters) {
                    letters.add(rejection);
                }
            }

            @Override
            public void close() {
            }
        };
        records = new LiveRecordSink(producer, LiveTopics.standard(), capacity,
                new FeedDeadLetters(sink, settings.source()), counters);
        feed = new LiveFeed(settings, API_KEY, records, counters);
        feed.start();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
    }
}
