package io.tickflow.cli.run;

import io.tickflow.cli.batch.DailyCacheOutput;
import io.tickflow.cli.batch.UniverseOutputs;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.schemas.universe.InfoRichFlag;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The stream side of the seed's layout: {@code daily.metrics} and {@code universe.info-rich} read to their end,
 * reduced to the last value per (ticker, date) ({@link LatestPerSession}), and written by the very writers
 * {@code tickflow batch daily} and {@code batch universe} use, so that the two sides land the same files.
 *
 * <p>A landing rewrites the whole dataset from the topic each time (the topic is the state; no consumer group).
 */
public final class DailyTopicLanding {
    private DailyTopicLanding() {
    }

    /**
     * What a landing read and wrote.
     *
     * @param rows    ticker-sessions written
     * @param summary one line on what was written where
     */
    public record Landed(long recordsRead, long undecodable, long withoutValue, long rows, String summary) {
        public long skipped() {
            return undecodable + withoutValue;
        }
    }

    /** Whether {@code topic} is landed here rather than exported record by record. */
    public static boolean handles(String topic) {
        return topic.equals(Topics.DAILY_METRICS.name()) || topic.equals(Topics.INFO_RICH.name());
    }

    /** @throws IllegalArgumentException when {@link #handles} is false for {@code topic} */
    public static Landed land(String bootstrap, SchemaRegistryClient registry, String topic, Path root, String version)
            throws IOException {
        if (topic.equals(Topics.DAILY_METRICS.name())) {
            return landMetrics(bootstrap, registry, root, version);
        }
        if (topic.equals(Topics.INFO_RICH.name())) {
            return landFlags(bootstrap, registry, root, version);
        }
        throw new IllegalArgumentException("not a daily topic: " + topic);
    }

    /** The latest daily cache rows of the topic, ordered by ticker then date. */
    public static LatestPerSession.Latest<DailyMetrics> latestMetrics(String bootstrap, SchemaRegistryClient registry) {
        return new LatestPerSession<>(DailyMetrics::getTicker, DailyMetrics::getDate)
                .read(bootstrap, Topics.DAILY_METRICS.name(), Topics.DAILY_METRICS.valueSerde(registry).deserializer());
    }

    /** The latest info-rich flags of the topic, ordered by ticker then date. */
    public static LatestPerSession.Latest<InfoRichFlag> latestFlags(String bootstrap, SchemaRegistryClient registry) {
        return new LatestPerSession<>(InfoRichFlag::getTicker, InfoRichFlag::getDate)
                .read(bootstrap, Topics.INFO_RICH.name(), Topics.INFO_RICH.valueSerde(registry).deserializer());
    }

    private static Landed landMetrics(String bootstrap, SchemaRegistryClient registry, Path root, String version)
            throws IOException {
        LatestPerSession.Latest<DailyMetrics> latest = latestMetrics(bootstrap, registry);
        DailyCacheOutput.Written w = DailyCacheOutput.write(root, version, latest.rows());
        return new Landed(latest.recordsRead(), latest.undecodable(), latest.withoutValue(), latest.rows().size(),
                String.format("daily cache: %,d rows in %,d files under %s", latest.rows().size(), w.files(),
                        root.resolve(w.folder())));
    }

    private static Landed landFlags(String bootstrap, SchemaRegistryClient registry, Path root, String version)
            throws IOException {
        LatestPerSession.Latest<InfoRichFlag> latest = latestFlags(bootstrap, registry);
        UniverseOutputs.Written w = UniverseOutputs.write(root, version, latest.rows());
        return new Landed(latest.recordsRead(), latest.undecodable(), latest.withoutValue(), latest.rows().size(),
                String.format("info-rich: %,d ticker-sessions in %,d daily watchlists; topN_12m_rolling %,d rows; "
                        + "%,d tickers in %s", w.watchlistRows(), w.watchlistFiles(), w.topNRows(), w.infoRichTickers(),
                        UniverseOutputs.TICKERS_CSV));
    }
}
