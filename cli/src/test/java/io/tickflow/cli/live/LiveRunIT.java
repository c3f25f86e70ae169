package io.tickflow.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.LiveRun;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.core.bars.RingImbalanceHistory;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.bars.TickerImbalanceBars;
import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.producers.live.ApiKey;
import io.tickflow.producers.live.FeedSubscription;
import io.tickflow.producers.live.LiveFeedSettings;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.bars.BarRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickflow live} in process: the local Polygon server plays a short generated session, the feed writes it into
 * {@code trades}, the whole graph makes bars, and moving the wall clock past the session's end plus grace seals the
 * session: its last, partial bar comes out with {@code complete = false}, and the bars are those of a direct run of
 * the core class over the same trades.
 */
@ExtendWith(SharedKafka.class)
class LiveRunIT {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 8);
    private static final String TICKER = "LIVEA";
    private static final int TRADES = 1_500;

    @TempDir
    Path dir;

    @Test
    void liveRunMakesBarsFromTheFeedAndSealsTheSessionWithItsPartialBar() throws Exception {
        String bootstrap = SharedKafka.bootstrapServers();
        Path yaml = dir.resolve("live.yaml");
        Files.writeString(yaml, "bars:\n  exp_num_ticks_init: 50\n  et_min: 20\n  et_max: 200\n  min_ticks: 10\n"
                + "  max_ticks: 400\n");
        TickflowConfig cfg = TickflowConfig.load(yaml);
        SettableClock clock = new SettableClock(instant(LocalTime.of(15, 0)));
        List<LocalPolygonFeed.TimedFrame> session = PolygonFrames.session(TICKER, DAY, LocalTime.of(9, 30), TRADES, 100, 1, 11);
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(bootstrap, 0);
             LocalPolygonFeed server = LocalPolygonFeed.start("k");
             LiveRun run = LiveRun.start(bootstrap, new SchemaRegistryClient(registry.url()), feed(server),
                     ApiKey.fromEnvironment("K", Map.of("K", "k")::get), streams(bootstrap), cfg.stages(),
                     Duration.ofMillis(200), clock)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            server.awaitSubscriptions(1, Duration.ofSeconds(30));
            server.play(session);

            List<Trade> trades = TopicReader.readUntil(bootstrap, Topics.TRADES.name(),
                    Topics.TRADES.valueSerde(client).deserializer(), t -> t.getTicker().equals(TICKER),
                    l -> l.size() == TRADES, Duration.ofSeconds(60));
            run.streams().awaitCaughtUp(Topics.TRADES.name(), Duration.ofSeconds(60));
            List<ImbalanceBar> expected = directRun(cfg, trades);
            List<ImbalanceBar> open = TopicReader.readUntil(bootstrap, Topics.BARS_DIB.name(),
                    Topics.BARS_DIB.valueSerde(client).deserializer(), b -> b.getTicker().equals(TICKER),
                    l -> !l.isEmpty(), Duration.ofSeconds(60));
            assertThat(open).allMatch(ImbalanceBar::getComplete); // nothing is sealed before the clock says so

            clock.set(instant(LocalTime.of(16, 5))); // the session's end plus the 5-minute grace
            List<ImbalanceBar> sealed = TopicReader.readUntil(bootstrap, Topics.BARS_DIB.name(),
                    Topics.BARS_DIB.valueSerde(client).deserializer(), b -> b.getTicker().equals(TICKER),
                    l -> l.size() == expected.size(), Duration.ofSeconds(60));

            assertThat(sealed).isEqualTo(expected);
            assertThat(sealed.get(sealed.size() - 1).getComplete()).isFalse();
            assertThat(sealed.stream().mapToInt(ImbalanceBar::getTicks).sum()).isEqualTo(TRADES);
            assertThat(run.feed().counters().tradesProduced()).isEqualTo(TRADES);
        }
    }

    /** The bars of the core class over the same trades, the session closed at its end: what batch gives. */
    private static List<ImbalanceBar> directRun(TickflowConfig cfg, List<Trade> trades) {
        var settings = cfg.barsStage();
        TickerImbalanceBars core = settings.tickerBars();
        RingImbalanceHistory history = new RingImbalanceHistory(settings.bars().imbalanceWindow());
        TickerBarsState state = TickerBarsState.initial(settings.bars());
        List<ImbalanceBar> out = new ArrayList<>();
        for (Trade t : trades) {
            if (BarRecords.eligibility(t, settings.scope()) == BarEligibility.ELIGIBLE) {
                var step = core.onTrade(state, t.getSipTs(), t.getPrice(), t.getSize(), history);
                state = step.state();
                step.bars().forEach(b -> out.add(BarRecords.toAvro(TICKER, b)));
            }
        }
        core.closeSession(state, history).bars().forEach(b -> out.add(BarRecords.toAvro(TICKER, b)));
        return out;
    }

    private LiveFeedSettings feed(LocalPolygonFeed server) {
        LiveFeedSettings d = LiveFeedSettings.defaults();
        return new LiveFeedSettings(server.url(), new FeedSubscription(List.of(TICKER), true, true), 10_000,
                d.silenceGap(), d.backoff(), d.connectTimeout(), Duration.ofMillis(250), false);
    }

    private StreamsSettings streams(String bootstrap) {
        return new StreamsSettings("it-live-" + UUID.randomUUID(), bootstrap, dir.resolve("state"), 1,
                Duration.ofMillis(100));
    }

    private static Instant instant(LocalTime time) {
        return Instant.ofEpochSecond(0, SessionClock.epochNanos(DAY, time));
    }
}
