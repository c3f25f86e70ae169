package io.tickflow.producers.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a generator run wrote.
 *
 * @param tickers        ticker names, ascending
 * @param sessions       session dates, ascending
 * @param tradeFiles     one trades file per session, in date order
 * @param minuteAggFiles one minute aggregates file per session, in date order
 * @param trades         trade rows written over all files
 * @param minuteBars     minute aggregate rows written over all files
 * @param burstDays      ticker-sessions generated as bursts
 */
public record GenerationSummary(List<String> tickers, List<LocalDate> sessions, List<Path> tradeFiles,
                                List<Path> minuteAggFiles, long trades, long minuteBars, List<BurstDay> burstDays) {

    public GenerationSummary {
        tickers = List.copyOf(tickers);
        sessions = List.copyOf(sessions);
        tradeFiles = List.copyOf(tradeFiles);
        minuteAggFiles = List.copyOf(minuteAggFiles);
        burstDays = List.copyOf(burstDays);
    }
}
