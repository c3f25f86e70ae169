package io.tickflow.cli.bench;

import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.schemas.market.Trade;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The generated trade day files a bench sends, read once before any timing (rejects, if any, into the work dir). */
final class BenchTrades {
    private BenchTrades() {
    }

    /** The trades in file order, as a replay of the files reads them. */
    static List<Trade> inFileOrder(List<Path> files, Path workDir) {
        List<Trade> trades = new ArrayList<>();
        PolygonTradesCsvReader reader = new PolygonTradesCsvReader();
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(workDir)) {
            files.forEach(file -> reader.read(file, trades::add, rejects));
        }
        return trades;
    }

    /** The trades in SIP-time order across tickers, the order the replay sends a day in. */
    static List<Trade> inReplayOrder(List<Path> files, Path workDir) {
        List<Trade> trades = inFileOrder(files, workDir);
        trades.sort(Comparator.comparingLong(Trade::getSipTs));
        return trades;
    }
}
