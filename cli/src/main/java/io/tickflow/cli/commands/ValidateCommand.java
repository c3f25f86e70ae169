package io.tickflow.cli.commands;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.producers.readers.generic.BarColumns;
import io.tickflow.producers.readers.generic.GenericCsvMapping;
import io.tickflow.producers.readers.generic.TimeFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tickflow validate FILE…}: parses files without sending anything and prints, per file, its
 * detected format and {@code read=N accepted=N rejected=N}. Exit code 0 when nothing was rejected, 1 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse files (or every file under a folder) and report format and read/accepted/rejected counts.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to validate.")
    List<Path> inputs;

    @Option(names = "--format", description = "Format of every file instead of detection, e.g. finra-regsho-daily, "
            + "sec-ftd, finra-short-interest, nasdaq-threshold-list, lean-tick-trade, generic-csv, polygon-trades-csv, "
            + "polygon-minute-aggs-csv, polygon-rest-json (trades, aggs, reference splits and dividends), "
            + "polygon-trades-parquet, polygon-minute-parquet, polygon-daily-parquet, market-cap-csv.")
    String format;

    @Option(names = "--rejects", paramLabel = "DIR", description = "Write every rejection to DIR/rejects.csv.")
    Path rejectsDir;

    @Option(names = "--ticker", description = "Ticker for files that carry none (generic CSV, Polygon v3 trades pages).")
    String ticker;

    @Option(names = "--time-column", split = ",", description = "Generic CSV: time column(s); several are joined with a space.")
    List<String> timeColumns;

    @Option(names = "--time-format", defaultValue = "iso",
            description = "Generic CSV: java.time pattern, iso, or epoch-s|ms|us|ns (default: ${DEFAULT-VALUE}).")
    String timeFormat;

    @Option(names = "--time-zone", defaultValue = "America/New_York",
            description = "Generic CSV: zone of times without offset (default: ${DEFAULT-VALUE}).")
    ZoneId timeZone;

    @Option(names = "--price-column", description = "Generic CSV of trades: price column.")
    String priceColumn;

    @Option(names = "--size-column", description = "Generic CSV of trades: size column.")
    String sizeColumn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        InputFormat named = format == null ? null : InputFormat.ofName(format)
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
        ReadOptions options = new ReadOptions(named, ticker, mapping());
        ReadStats total = ReadStats.EMPTY;
        try (DeadLetterSink rejects = rejectsSink()) {
            for (Path file : files()) {
                SourceReaders.FileResult result = SourceReaders.read(file, options, record -> { }, rejects);
                out.printf("%s  format=%s  %s%n", file, result.formatName(), result.stats());
                total = total.plus(result.stats());
            }
        }
        out.printf("total  %s%n", total);
        out.flush();
        return total.rejected() == 0 ? 0 : 1;
    }

    /** The generic CSV mapping the flags describe, or null to use presets. */
    private GenericCsvMapping mapping() {
        if (timeColumns == null || timeColumns.isEmpty()) {
            return null;
        }
        TimeFormat time = new TimeFormat(timeFormat, timeZone);
        String fixed = ticker != null ? ticker : "UNKNOWN";
        return priceColumn != null || sizeColumn != null
                ? GenericCsvMapping.trades(timeColumns, time, fixed, priceColumn, sizeColumn)
                : GenericCsvMapping.bars(timeColumns, time, fixed, BarColumns.LOWER_CASE);
    }

    private DeadLetterSink rejectsSink() {
        return rejectsDir != null ? RejectsCsvFileSink.inDirectory(rejectsDir) : new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                // counted by the reader and printed per file; no file asked for
            }

            @Override
            public void close() {
            }
        };
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        return files;
    }
}
