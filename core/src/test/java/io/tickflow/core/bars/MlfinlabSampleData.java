package io.tickflow.core.bars;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * mlfinlab's imbalance-bar test tape (shared/data/real/mlfinlab/imbalance_sample_data.csv, see PROVENANCE.md):
 * 11,101 E-mini S&amp;P 500 trades, header {@code Date and Time,Price,Volume}, times {@code yyyy/MM/dd HH:mm:ss.SSS}.
 */
final class MlfinlabSampleData {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS");

    record Trade(long tsNanos, double price, double size) {
    }

    private MlfinlabSampleData() {
    }

    /** The trades, or a skipped test when the real data folder is absent. */
    static List<Trade> trades() {
        Path dir = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
        assumeTrue(Files.isDirectory(dir), "real data absent: " + dir.toAbsolutePath());
        Path file = dir.resolve("mlfinlab/imbalance_sample_data.csv");
        assumeTrue(Files.isRegularFile(file), "real data absent: " + file.toAbsolutePath());
        try (Stream<String> lines = Files.lines(file)) {
            List<Trade> trades = new ArrayList<>();
            lines.skip(1).filter(line -> !line.isBlank()).forEach(line -> trades.add(parse(line)));
            return trades;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Trade parse(String line) {
        String[] fields = line.split(",");
        LocalDateTime time = LocalDateTime.parse(fields[0], TIME);
        long nanos = time.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + time.getNano();
        return new Trade(nanos, Double.parseDouble(fields[1]), Double.parseDouble(fields[2]));
    }

    /** Every bar the settings produce over the whole tape, as one stream (no session cut, no session-end bar). */
    static List<ImbalanceBarRecord> bars(List<Trade> trades, ImbalanceBarSettings settings) {
        ImbalanceBarBuilder builder = new ImbalanceBarBuilder(settings, ImbalanceBarState.initial(settings),
                new RingImbalanceHistory(settings.imbalanceWindow()));
        List<ImbalanceBarRecord> bars = new ArrayList<>();
        for (Trade trade : trades) {
            builder.onTrade(trade.tsNanos(), trade.price(), trade.size()).ifPresent(bars::add);
        }
        return bars;
    }
}
