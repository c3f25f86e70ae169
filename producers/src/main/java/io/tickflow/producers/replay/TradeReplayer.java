package io.tickflow.producers.replay;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.polygon.PolygonFlatFileLayout;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.schemas.market.Trade;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
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
 * Replays Polygon trades day files into a topic: files in date order, and within a day every trade in
 * SIP time order across tickers (see {@link SipOrderMerge}), so that consumers see one tape moving
 * forward in time as they would live.
 *
 * <p>Each record: key = ticker, value = the {@link Trade}, timestamp = {@code sip_ts / 1_000_000} (ms),
 * partition chosen by the producer's partitioner from the key. Rejected lines go to the dead-letter
 * sink with their reason. The producer is the caller's (configured with idempotence, see
 * {@link ReplayProducerFactory}); it is flushed at the end, not closed.
 */
public final class TradeReplayer {

    private static final Logger LOG = LoggerFactory.getLogger(TradeReplayer.class);
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final double NANOS_PER_SECOND = 1e9;

    private final Producer<String, Trade> producer;
    private final DeadLetterSink rejects;
    private final ReplaySettings settings;
    private final ReplayClock clock;
    private final PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
    private final AtomicLong sendFailures = new AtomicLong();

    public TradeReplayer(Producer<String, Trade> producer, DeadLetterSink rejects, ReplaySettings settings,
                         ReplayClock clock) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replays {@code files} (each named {@code YYYY-MM-DD.csv[.gz]}, any order given) and flushes.
     *
     * @param progress receives a report every {@link ReplaySettings#progressEveryRecords()} records and a
     *                 final one
     * @throws IllegalArgumentException when a file name carries no date
     * @throws InterruptedException     when interrupted while pacing; records sent so far stay sent
     */
    public ReplayResult replay(List<Path> files, ReplayProgressListener progress) throws InterruptedException {
        List<Path> ordered = inDateOrder(files);
        ReplayPacer pacer = new ReplayPacer(clock, settings.speedFactor());
        Map<Path, ReadStats> perFile = new LinkedHashMap<>();
        long startNanos = clock.nanoTime();
        long sent = 0;
        Path file = null;
        for (Path dayFile : ordered) {
            file = dayFile;
            SipOrderMerge day = new SipOrderMerge();
            ReadStats stats = reader.read(dayFile, day, rejects);
            perFile.put(dayFile, stats);
            LOG.info("{}: {}", dayFile, stats);
            sent = sendDay(day, dayFile, pacer, sent, startNanos, progress);
        }
        producer.flush();
        progress.onProgress(new ReplayProgress(sent, rate(sent, startNanos), file, true));
        ReadStats total = perFile.values().stream().reduce(ReadStats.EMPTY, ReadStats::plus);
        return new ReplayResult(perFile, total, sent, sendFailures.get());
    }

    private long sendDay(SipOrderMerge day, Path file, ReplayPacer pacer, long sentBefore, long startNanos,
                         ReplayProgressListener progress) throws InterruptedException {
        long sent = sentBefore;
        pacer.startDay();
        Iterator<Trade> trades = day.inSipOrder();
        while (trades.hasNext()) {
            Trade trade = trades.next();
            pacer.awaitEventTime(trade.getSipTs());
            send(trade);
            sent++;
            if (sent % settings.progressEveryRecords() == 0) {
                progress.onProgress(new ReplayProgress(sent, rate(sent, startNanos), file, false));
            }
        }
        if (day.unsortedRuns() > 0) {
            LOG.warn("{}: {} ticker runs were not in sip_timestamp order and were sorted", file, day.unsortedRuns());
        }
        return sent;
    }

    private void send(Trade trade) {
        long timestampMs = trade.getSipTs() / NANOS_PER_MILLI;
        producer.send(new ProducerRecord<>(settings.topic(), null, timestampMs, trade.getTicker(), trade),
                (metadata, error) -> {
                    if (error != null && sendFailures.getAndIncrement() == 0) {
                        LOG.error("trade of {} at {} was not delivered (further failures are counted only)",
                                trade.getTicker(), trade.getSipTs(), error);
                    }
                });
    }

    private double rate(long records, long startNanos) {
        long elapsed = clock.nanoTime() - startNanos;
        return elapsed <= 0 ? 0.0 : records * NANOS_PER_SECOND / elapsed;
    }

    /** Sorts by the date in the file name, then by path; rejects names without a date. */
    static List<Path> inDateOrder(List<Path> files) {
        List<Path> ordered = new ArrayList<>(files);
        for (Path file : ordered) {
            if (PolygonFlatFileLayout.dateOf(file).isEmpty()) {
                throw new IllegalArgumentException("not a day file named YYYY-MM-DD.csv[.gz]: " + file);
            }
        }
        ordered.sort(Comparator.<Path, LocalDate>comparing(file -> PolygonFlatFileLayout.dateOf(file).orElseThrow())
                .thenComparing(Path::toString));
        return ordered;
    }
}
