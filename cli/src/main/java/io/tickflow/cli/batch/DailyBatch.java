package io.tickflow.cli.batch;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.daily.DailyMetricsRow;
import io.tickflow.core.daily.MinuteSessions;
import io.tickflow.core.daily.OpenMinute;
import io.tickflow.core.daily.TradeMinutes;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.core.daily.SessionTotals;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.core.daily.TickerSessionHistory;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.streams.bars.BarRecords;
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
        return resultOf(read);
    }

    /**
     * The daily cache from trade day files (Polygon trades CSV): each ticker's trades in SIP-time order (ties by
     * sequence, as the replay sends them), the bar-eligible ones cut into minute bars by {@link TradeMinutes} exactly
     * as the topology's trade-minutes processor does, every minute closed at the end of its day.
     *
     * @param inputs trade day files, or folders holding them
     */
    public Result runTrades(List<Path> inputs, DeadLetterSink rejects) {
        PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
        ReadStats read = ReadStats.EMPTY;
        for (var day : DayFiles.byDate(inputs).entrySet()) {
            Map<String, List<Trade>> trades = new TreeMap<>();
            for (Path file : day.getValue()) {
                read = read.plus(reader.read(file, t -> trades.computeIfAbsent(t.getTicker(),
                        k -> new ArrayList<>()).add(t), rejects));
            }
            Map<String, MinuteSessions> minutes = new TreeMap<>();
            trades.forEach((ticker, list) -> minutes.put(ticker, minutesOf(list)));
            minutes.forEach(this::closeDay);
        }
        return resultOf(read);
    }

    private Result resultOf(ReadStats read) {
        List<DailyMetrics> ordered = new ArrayList<>(rows.values());
        ordered.sort(Comparator.comparing(DailyMetrics::getTicker).thenComparing(DailyMetrics::getDate));
        return new Result(ordered, read, outOfScope, replaced);
    }

    private MinuteSessions minutesOf(List<Trade> trades) {
        trades.sort(Comparator.comparingLong(Trade::getSipTs)
                .thenComparingLong(t -> t.getSequence() == null ? Long.MIN_VALUE : t.getSequence()));
        MinuteSessions day = new MinuteSessions(scope);
        OpenMinute open = null;
        for (Trade trade : trades) {
            if (BarRecords.eligibility(trade, scope) == BarEligibility.ELIGIBLE) {
                TradeMinutes.Step step = TradeMinutes.add(open, trade.getSipTs(), trade.getPrice(), trade.getSize());
                if (step.closed() != null) {
                    day.add(step.closed().toBar());
                }
                open = step.open();
            }
        }
        if (open != null) {
            day.add(open.toBar());
        }
        return day;
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
