package io.tickflow.cli.batch;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.daily.DailyMetricsRow;
import io.tickflow.core.daily.MinuteSessions;
import io.tickflow.core.daily.SessionTotals;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.core.daily.TickerSessionHistory;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.market.Bar;
import io.tickflow.streams.daily.DailyRecords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tickflow batch daily} without Kafka: reads Polygon minute aggregate day files with the producers' reader
 * and drives the same core classes as the topology ({@link MinuteSessions} for a day's minutes,
 * {@link TickerSessionHistory} across days, {@link DailyRecords} for the rows), so both give the same daily cache.
 *
 * <p>Dates are processed in order, all files of one date together; a later file's bar for the same minute
 * replaces the earlier one, as a corrected bar does in the topology.
 */
public final class DailyBatch {
    private final SessionScope scope;
    private final Map<String, SplitHistory> splits;
    private final Map<String, TickerSessionHistory> histories = new HashMap<>();
    private final Map<String, DailyMetrics> rows = new LinkedHashMap<>();
    private long outOfScope;
    private long replaced;

    /**
     * @param scope  regular or extended minutes
     * @param splits splits per ticker; tickers absent have none
     */
    public DailyBatch(SessionScope scope, Map<String, SplitHistory> splits) {
        this.scope = scope;
        this.splits = Map.copyOf(splits);
    }

    /**
     * What a run produced.
     *
     * @param rows       one row per ticker-session, ordered by ticker then date
     * @param outOfScope minutes outside the session scope (not used)
     * @param replaced   minutes given twice, the later kept
     */
    public record Result(List<DailyMetrics> rows, ReadStats read, long outOfScope, long replaced) {
    }

    /** @param inputs minute aggregate day files, or folders holding them */
    public Result run(List<Path> inputs, DeadLetterSink rejects) {
        PolygonMinuteAggsCsvReader reader = new PolygonMinuteAggsCsvReader();
        ReadStats read = ReadStats.EMPTY;
        for (var day : DayFiles.byDate(inputs).entrySet()) {
            Map<String, MinuteSessions> minutes = new TreeMap<>();
            for (Path file : day.getValue()) {
                read = read.plus(reader.read(file, bar -> add(minutes, bar, file, rejects), rejects));
            }
            minutes.forEach(this::closeDay);
        }
        List<DailyMetrics> ordered = new ArrayList<>(rows.values());
        ordered.sort(Comparator.comparing(DailyMetrics::getTicker).thenComparing(DailyMetrics::getDate));
        return new Result(ordered, read, outOfScope, replaced);
    }

    private void add(Map<String, MinuteSessions> minutes, Bar bar, Path file, DeadLetterSink rejects) {
        try {
            minutes.computeIfAbsent(bar.getTicker(), t -> new MinuteSessions(scope)).add(DailyRecords.minuteOf(bar));
        } catch (IllegalArgumentException e) {
            rejects.accept(new Rejection(file.toString(), 0, bar.toString(), e.getMessage(),
                    PolygonMinuteAggsCsvReader.FORMAT, bar.getWindowStart()));
        }
    }

    private void closeDay(String ticker, MinuteSessions day) {
        outOfScope += day.outOfScope();
        replaced += day.replaced();
        TickerSessionHistory history = histories.getOrDefault(ticker, TickerSessionHistory.EMPTY);
        for (SessionTotals totals : day.sessions()) {
            history = history.with(totals);
            for (DailyMetricsRow row : history.rowsFrom(totals.session(), splits.getOrDefault(ticker, SplitHistory.NONE))) {
                rows.put(ticker + '\u0000' + row.date(), DailyRecords.toAvro(ticker, row));
            }
        }
        histories.put(ticker, history);
    }
}
