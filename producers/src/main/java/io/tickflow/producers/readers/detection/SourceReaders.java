package io.tickflow.producers.readers.detection;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.CsvHeader;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.TextInput;
import io.tickflow.producers.readers.finra.ShortVolumeReader;
import io.tickflow.producers.readers.finra.ThresholdListReader;
import io.tickflow.producers.readers.generic.GenericCsvMapping;
import io.tickflow.producers.readers.generic.GenericCsvPresets;
import io.tickflow.producers.readers.generic.GenericCsvReader;
import io.tickflow.producers.readers.lean.LeanTickTradeReader;
import io.tickflow.producers.readers.polygon.PolygonMinuteAggsCsvReader;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.producers.readers.polygon.PolygonParquetReader;
import io.tickflow.producers.readers.polygon.PolygonRestJsonReader;
import io.tickflow.producers.readers.polygon.PolygonTradesCsvReader;
import io.tickflow.producers.readers.reference.MarketCapCsvReader;
import io.tickflow.producers.readers.sec.FailsToDeliverReader;
import io.tickflow.producers.readers.shortinterest.ShortInterestReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One entry point over every reader: detects (or takes) a file's format and reads it, handing each record
 * (a Trade, Bar, DayBar, ShortVolume, FailToDeliver, ShortInterest, ThresholdListEntry, Split, Dividend or MarketCap) to one consumer. A file
 * of unknown format is rejected whole, so it is counted like any other bad input.
 */
public final class SourceReaders {

    /** What was read from one file. */
    public record FileResult(Path file, Optional<InputFormat> format, ReadStats stats) {
        /** The format name, or {@code unknown}. */
        public String formatName() {
            return format.map(InputFormat::formatName).orElse("unknown");
        }
    }

    private SourceReaders() {
    }

    /** Reads {@code file}; never throws on bad input. */
    public static FileResult read(Path file, ReadOptions options, Consumer<Object> onRecord, DeadLetterSink rejects) {
        Optional<InputFormat> format = options.format() != null ? Optional.of(options.format()) : FormatDetector.detect(file);
        if (format.isEmpty()) {
            rejects.accept(Rejection.ofWholeSource(file.toString(), "",
                    "format not recognised from the name or the header; name it with --format", null));
            return new FileResult(file, format, ReadStats.of(0, 1));
        }
        return new FileResult(file, format, readAs(format.get(), file, options, onRecord, rejects));
    }

    private static ReadStats readAs(InputFormat format, Path file, ReadOptions options, Consumer<Object> onRecord,
                                    DeadLetterSink rejects) {
        return switch (format) {
            case POLYGON_TRADES_CSV -> new PolygonTradesCsvReader().read(file, onRecord::accept, rejects);
            case POLYGON_MINUTE_AGGS_CSV -> new PolygonMinuteAggsCsvReader().read(file, onRecord::accept, rejects);
            case POLYGON_REST_JSON -> new PolygonRestJsonReader().read(file, options.ticker(), onRecord, rejects);
            case FINRA_REGSHO_DAILY -> new ShortVolumeReader().read(file, onRecord::accept, rejects);
            case SEC_FTD -> new FailsToDeliverReader().read(file, onRecord::accept, rejects);
            case FINRA_SHORT_INTEREST -> new ShortInterestReader().read(file, onRecord::accept, rejects);
            case NASDAQ_THRESHOLD_LIST -> new ThresholdListReader().read(file, onRecord::accept, rejects);
            case LEAN_TICK_TRADE -> new LeanTickTradeReader().read(file, onRecord::accept, rejects);
            case GENERIC_CSV -> readGeneric(file, options, onRecord, rejects);
            case POLYGON_TRADES_PARQUET -> new PolygonParquetReader().read(file, Kind.TRADES, options.ticker(), onRecord, rejects);
            case POLYGON_MINUTE_PARQUET -> new PolygonParquetReader().read(file, Kind.MINUTE, options.ticker(), onRecord, rejects);
            case POLYGON_DAILY_PARQUET -> new PolygonParquetReader().read(file, Kind.DAILY, options.ticker(), onRecord, rejects);
            case MARKET_CAP_CSV -> new MarketCapCsvReader().read(file, onRecord::accept, rejects);
        };
    }

    private static ReadStats readGeneric(Path file, ReadOptions options, Consumer<Object> onRecord,
                                         DeadLetterSink rejects) {
        Optional<GenericCsvMapping> mapping = Optional.ofNullable(options.mapping()).or(() -> presetOf(file));
        if (mapping.isEmpty()) {
            rejects.accept(Rejection.ofWholeSource(file.toString(), "", "generic CSV needs a column mapping "
                    + "(--time-column, --time-format, --price-column, --size-column): the header is not a known layout",
                    GenericCsvReader.FORMAT));
            return ReadStats.of(0, 1);
        }
        GenericCsvMapping chosen = options.ticker() != null ? mapping.get().withTicker(options.ticker()) : mapping.get();
        GenericCsvReader reader = new GenericCsvReader(chosen);
        return chosen.isBars() ? reader.readBars(file, onRecord::accept, rejects)
                : reader.readTrades(file, onRecord::accept, rejects);
    }

    private static Optional<GenericCsvMapping> presetOf(Path file) {
        try (BufferedReader in = TextInput.open(file)) {
            String first = in.readLine();
            return first == null ? Optional.empty() : GenericCsvPresets.forHeader(CsvHeader.parse(first).names(), file);
        } catch (IOException | io.tickflow.producers.readers.InvalidRowException e) {
            return Optional.empty();
        }
    }
}
