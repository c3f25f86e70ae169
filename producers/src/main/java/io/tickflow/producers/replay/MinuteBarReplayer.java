package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.schemas.market.Bar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays Polygon minute aggregate day files ({@code minute_aggs_v1}) into a topic, normally {@code bars.1m}: files
 * in date order, and within a file every bar in window-start order across tickers (ties by ticker), as a live
 * minute feed publishes them.
 *
 * <p>Each record: key = ticker, value = the {@link Bar}, timestamp = {@code window_start / 1_000_000} (ms).
 * Rejected lines go to the dead-letter sink with their reason. A day file is held in memory while it is sorted
 * (a full SIP minute file is a few hundred MB of records at most; one day at a time). The producer is the
 * caller's; it is flushed at the end, not closed.
 */
public final class MinuteBarReplayer {
    private static final Logger LOG = LoggerFactory.getLogger(MinuteBarReplayer.class);
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final Comparator<Bar> FEED_ORDER = Comparator.comparingLong(Bar::getWindowStart)
            .thenComparing(Bar::getTicker);

    private final Producer<String, Bar> producer;
    private final DeadLetterSink rejects;
    private final ReplaySettings settings;
    private final ReplayClock clock;
    private final PolygonMinuteAggsCsvReader reader = new PolygonMinuteAggsCsvReader();
    private final AtomicLong sendFailures = new AtomicLong();

    public MinuteBarReplayer(Producer<String, Bar> producer, DeadLetterSink rejects, ReplaySettings settings,
                             ReplayClock clock) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replays {@code files} (each named {@code YYYY-MM-DD.csv[.gz]}, any order given) and flushes.
     *
     * @throws IllegalArgumentException when a file name carries no date
     * @throws InterruptedException     when interrupted while pacing; bars sent so far stay sent
     */
    public ReplayResult replay(List<Path> files, ReplayProgressListener progress) throws InterruptedException {
        ReplayPacer pacer = new ReplayPacer(clock, settings.speedFactor());
        Map<Path, ReadStats> perFile = new LinkedHashMap<>();
        long startNanos = clock.nanoTime();
        long sent = 0;
        Path file = null;
        for (Path dayFile : TradeReplayer.inDateOrder(files)) {
            file = dayFile;
            List<Bar> day = new ArrayList<>();
            ReadStats stats = reader.read(dayFile, day::add, rejects);
            perFile.put(dayFile, stats);
            LOG.info("{}: {}", dayFile, stats);
            day.sort(FEED_ORDER);
            pacer.startDay();
            for (Bar bar : day) {
                pacer.awaitEventTime(bar.getWindowStart());
                send(bar);
                if (++sent % settings.progressEveryRecords() == 0) {
                    progress.onProgress(new ReplayProgress(sent, rate(sent, startNanos), dayFile, false));
                }
            }
        }
        producer.flush();
        progress.onProgress(new ReplayProgress(sent, rate(sent, startNanos), file, true));
        ReadStats total = perFile.values().stream().reduce(ReadStats.EMPTY, ReadStats::plus);
        return new ReplayResult(perFile, total, sent, sendFailures.get());
    }

    private void send(Bar bar) {
        producer.send(new ProducerRecord<>(settings.topic(), null, bar.getWindowStart() / NANOS_PER_MILLI,
                bar.getTicker(), bar), (metadata, error) -> {
                    if (error != null && sendFailures.getAndIncrement() == 0) {
                        LOG.error("minute bar of {} at {} was not delivered (further failures are counted only)",
                                bar.getTicker(), bar.getWindowStart(), error);
                    }
                });
    }

    private double rate(long records, long startNanos) {
        long elapsed = clock.nanoTime() - startNanos;
        return elapsed <= 0 ? 0.0 : records * 1e9 / elapsed;
    }
}
