package io.tickflow.cli.batch;

import io.tickflow.core.bars.ImbalanceHistory;
import io.tickflow.core.bars.RingImbalanceHistory;
import io.tickflow.core.bars.TickerBarsState;
import io.tickflow.core.bars.TickerImbalanceBars;
import io.tickflow.core.trades.BarEligibility;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.streams.bars.BarRecords;
import io.tickflow.streams.bars.DibBarsTopology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tickflow batch bars} without Kafka: reads trade files with the producers' readers and drives the same
 * {@link TickerImbalanceBars} and sale-condition filter ({@link BarRecords#eligibility}) as the topology, so both
 * give the same bars.
 *
 * <p>Files are read in the order given (one trading day each, as Polygon writes them); every session still open
 * at the end of a file is closed there, since a day file holds all of its day's trades.
 */
public final class BarsBatch {
    private final DibBarsTopology.Settings settings;
    private final TickerImbalanceBars bars;
    private final TradeCensus census = new TradeCensus();
    private final Map<String, TickerBarsState> states = new HashMap<>();
    private final Map<String, ImbalanceHistory> histories = new HashMap<>();
    private final List<ImbalanceBar> out = new ArrayList<>();
    private DeadLetterSink rejects;
    private Path currentFile;
    private String currentFormat;
    private long notTrades;

    public BarsBatch(DibBarsTopology.Settings settings) {
        this.settings = settings;
        this.bars = settings.tickerBars();
    }

    /** What a batch run produced. */
    public record Result(List<ImbalanceBar> bars, TradeCensus census, ReadStats read) {
    }

    /** Records read that were not trades (a minute-bar or short-volume file given by mistake); each rejected. */
    public long notTrades() {
        return notTrades;
    }

    /**
     * @param tradeFiles trade files of any format the producers read (Polygon CSV, LEAN tick zips, …), detected
     *                   from name and header; a record that is not a trade is rejected with the reason
     */
    public Result run(List<Path> tradeFiles, DeadLetterSink rejectSink) {
        this.rejects = rejectSink;
        ReadStats read = ReadStats.EMPTY;
        for (Path file : tradeFiles) {
            currentFile = file;
            currentFormat = FormatDetector.detect(file).map(InputFormat::formatName).orElse("unknown");
            read = read.plus(SourceReaders.read(file, ReadOptions.DETECT, this::onRecord, rejectSink).stats());
            closeAllSessions();
        }
        return new Result(List.copyOf(out), census, read);
    }

    private void onRecord(Object record) {
        if (record instanceof Trade trade) {
            onTrade(trade);
        } else {
            notTrades++;
            rejects.accept(new Rejection(currentFile.toString(), 0, String.valueOf(record),
                    "not a trade (" + record.getClass().getSimpleName() + "): bars are built from trade files",
                    currentFormat, null));
        }
    }

    private void onTrade(Trade trade) {
        BarEligibility eligibility = BarRecords.eligibility(trade, settings.scope());
        census.count(trade.getTicker(), bars.sessionOf(trade.getSipTs()), eligibility);
        if (eligibility != BarEligibility.ELIGIBLE) {
            return;
        }
        String ticker = trade.getTicker();
        var step = bars.onTrade(states.getOrDefault(ticker, TickerBarsState.initial(settings.bars())),
                trade.getSipTs(), trade.getPrice(), trade.getSize(), history(ticker));
        step.rejection().ifPresent(reason -> rejects.accept(new Rejection(currentFile.toString(), 0,
                trade.toString(), reason, currentFormat, trade.getSipTs())));
        states.put(ticker, step.state());
        step.bars().forEach(bar -> out.add(BarRecords.toAvro(ticker, bar)));
    }

    private ImbalanceHistory history(String ticker) {
        return histories.computeIfAbsent(ticker, t -> new RingImbalanceHistory(settings.bars().imbalanceWindow()));
    }

    private void closeAllSessions() {
        states.replaceAll((ticker, state) -> {
            var step = bars.closeSession(state, history(ticker));
            step.bars().forEach(bar -> out.add(BarRecords.toAvro(ticker, bar)));
            return step.state();
        });
        histories.clear(); // the next session starts a fresh history anyway
    }
}
