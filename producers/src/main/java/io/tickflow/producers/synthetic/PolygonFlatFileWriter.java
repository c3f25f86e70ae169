package io.tickflow.producers.synthetic;

import io.tickflow.producers.readers.polygon.PolygonFlatFileColumns;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.StringJoiner;
import java.util.zip.GZIPOutputStream;

/**
 * Writes day files in Polygon's flat-file CSV format, gzip compressed, byte for byte reproducible:
 * {@link GZIPOutputStream} writes a header with modification time 0 and no file name, so equal rows
 * give equal bytes. Each file is written beside its target and renamed into place, so a reader never
 * sees half a file and an interrupted run leaves no truncated output.
 *
 * <p>Numbers are written in the shortest plain form ({@code 143}, {@code 142.99}, {@code 0.5123}),
 * as in Polygon's files; an absent TRF id or TRF timestamp is written as {@code 0}, as Polygon does.
 */
final class PolygonFlatFileWriter {

    private static final int BUFFER_BYTES = 1 << 16;

    private PolygonFlatFileWriter() {
    }

    static void writeTrades(Path file, List<Trade> trades) throws IOException {
        write(file, PolygonFlatFileColumns.TRADES, out -> {
            for (Trade trade : trades) {
                out.write(tradeRow(trade));
                out.write('\n');
            }
        });
    }

    static void writeMinuteAggs(Path file, List<Bar> bars) throws IOException {
        write(file, PolygonFlatFileColumns.MINUTE_AGGS, out -> {
            for (Bar bar : bars) {
                out.write(barRow(bar));
                out.write('\n');
            }
        });
    }

    static String tradeRow(Trade trade) {
        return new StringJoiner(",")
                .add(trade.getTicker())
                .add(conditions(trade.getConditions()))
                .add(text(trade.getCorrection()))
                .add(text(trade.getExchange()))
                .add(text(trade.getId()))
                .add(text(trade.getParticipantTs()))
                .add(decimal(trade.getPrice()))
                .add(text(trade.getSequence()))
                .add(Long.toString(trade.getSipTs()))
                .add(decimal(trade.getSize()))
                .add(text(trade.getTape()))
                .add(trade.getTrfId() == null ? "0" : trade.getTrfId().toString())
                .add(trade.getTrfTs() == null ? "0" : trade.getTrfTs().toString())
                .toString();
    }

    static String barRow(Bar bar) {
        return String.join(",", bar.getTicker(), decimal(bar.getVolume()), decimal(bar.getOpen()),
                decimal(bar.getClose()), decimal(bar.getHigh()), decimal(bar.getLow()),
                Long.toString(bar.getWindowStart()), text(bar.getTransactions()));
    }

    /** Shortest plain decimal: 100.0 gives "100", 0.51 gives "0.51". */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String conditions(List<Integer> codes) {
        StringJoiner joined = new StringJoiner(",");
        codes.forEach(code -> joined.add(code.toString()));
        return codes.size() > 1 ? '"' + joined.toString() + '"' : joined.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void write(Path file, List<String> header, RowsWriter rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(partial), BUFFER_BYTES), StandardCharsets.UTF_8),
                BUFFER_BYTES)) {
            out.write(String.join(",", header));
            out.write('\n');
            rows.writeTo(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    private interface RowsWriter {
        void writeTo(Writer out) throws IOException;
    }
}
