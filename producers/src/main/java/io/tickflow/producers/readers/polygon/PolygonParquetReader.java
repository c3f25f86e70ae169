package io.tickflow.producers.readers.polygon;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.DayBar;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.ReadTally;
import io.tickflow.producers.readers.parquet.LeafColumns;
import io.tickflow.producers.readers.parquet.ParquetRows;
import io.tickflow.producers.readers.parquet.ParquetValues;
import io.tickflow.producers.readers.parquet.ResolvedColumns;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.slf4j.LoggerFactory;

/**
 * Reads one file of the seed's Parquet layout (see {@link PolygonParquetLayout}) into {@link io.tickflow.schemas.market.Trade}
 * ({@code trades.parquet}), {@link io.tickflow.schemas.market.Bar} ({@code minute.parquet}) or {@link DayBar}
 * ({@code ohlcv.parquet}), row by row, one row group in memory at a time.
 *
 * <p>Trades are built straight from the column values ({@link ParquetTradeColumns} over
 * {@link io.tickflow.producers.readers.parquet.LeafColumns}) when the file's schema allows it, and any row that path
 * does not accept is rebuilt as a Group and read as before, so records, reasons and dead-letter texts stay those of the
 * row path. Bars, and trades of other schemas (a field that is a group of several fields or nests two repeated levels,
 * DECIMAL prices, non-INT64 times, codes as text), are read through parquet-java's Group per row.
 *
 * <p>Columns are found by name among the aliases of {@link ParquetTradeField} / {@link ParquetBarField}; times in any
 * unit (see {@link io.tickflow.producers.readers.parquet.ParquetTimes}). The ticker comes from a ticker column, else
 * from the {@code ticker=T} folder, else from the caller. Rejected as a whole, with the reason: a file that is not
 * Parquet (wrong magic bytes: an error page saved as {@code .parquet}), a truncated one (no footer), one lacking a
 * required column. Rejected per row (line number = 1-based row): null or out-of-range values, and, in a
 * {@code date=D} folder, trades and minute bars whose New York date is not D (a file filed under the wrong day).
 */
public final class PolygonParquetReader {

    /** Format names written into rejections, per kind. */
    public static String formatOf(Kind kind) {
        return switch (kind) {
            case TRADES -> "polygon-trades-parquet";
            case MINUTE -> "polygon-minute-parquet";
            case DAILY -> "polygon-daily-parquet";
        };
    }

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final SymbolMapper symbols = new SymbolMapper();
    private final boolean columnwise;

    /** A reader that reads trade files column by column where their schema allows (see {@link ParquetTradeColumns}). */
    public PolygonParquetReader() {
        this(true);
    }

    private PolygonParquetReader(boolean columnwise) {
        this.columnwise = columnwise;
    }

    /**
     * A reader that materialises every row as a parquet-java Group, as all files were read before column-wise trades:
     * the reference the column path is compared with, record for record and rejection for rejection.
     */
    public static PolygonParquetReader rowByRow() {
        return new PolygonParquetReader(false);
    }

    /** True when {@code schema} has every required column of {@code kind} (daily and minute bars share theirs). */
    public static boolean hasColumnsOf(MessageType schema, Kind kind) {
        return kind == Kind.TRADES ? ResolvedColumns.resolve(schema, ParquetTradeField.class).missing().isEmpty()
                : ResolvedColumns.resolve(schema, ParquetBarField.class).missing().isEmpty();
    }

    /**
     * @param ticker    ticker for files that carry none in a column or a folder; null to require one of those
     * @param onRecord  receives each accepted record, in file order
     * @return counts that add up: read = accepted + rejected
     */
    public ReadStats read(Path file, Kind kind, String ticker, Consumer<Object> onRecord, DeadLetterSink rejects) {
        ReadTally tally = new ReadTally(file.toString(), formatOf(kind), rejects);
        try {
            String notParquet = ParquetRows.notParquetReason(file);
            if (notParquet != null) {
                tally.reject(Rejection.WHOLE_SOURCE, "", notParquet, null);
                return tally.stats();
            }
        } catch (IOException e) {
            tally.reject(Rejection.WHOLE_SOURCE, "", "cannot open file: " + e, null);
            return tally.stats();
        }
        ParquetRows rows;
        try {
            rows = ParquetRows.open(file);
        } catch (IOException | RuntimeException e) {
            tally.reject(Rejection.WHOLE_SOURCE, "", "cannot read the Parquet footer: " + e.getMessage(), null);
            return tally.stats();
        }
        // exceptions of onRecord (a stopped replay) pass through: only the file's own faults become rejections
        try (rows) {
            new Pass(file, kind, rows, tally, onRecord, ticker).readAll();
        } catch (IOException e) {
            LoggerFactory.getLogger(PolygonParquetReader.class).warn("closing {}: {}", file, e.toString());
        }
        return tally.stats();
    }

    /** One read: resolved columns, partition values, row counter. */
    private final class Pass {
        private final Kind kind;
        private final ParquetRows rows;
        private final ReadTally tally;
        private final Consumer<Object> onRecord;
        private final String source;
        private final LocalDate folderDate;
        private final ResolvedColumns<ParquetTradeField> tradeColumns;
        private final ResolvedColumns<ParquetBarField> barColumns;
        /** The folder date's first and next day's first nanosecond in New York (DST-aware), when there is one. */
        private final long folderStart;
        private final long folderEnd;
        private final PolygonTickers tickers;
        private long row;

        Pass(Path file, Kind kind, ParquetRows rows, ReadTally tally, Consumer<Object> onRecord, String ticker) {
            this.kind = kind;
            this.rows = rows;
            this.tally = tally;
            this.onRecord = onRecord;
            this.source = file.toString();
            this.tickers = new PolygonTickers(symbols, PolygonParquetLayout.tickerOf(file).orElse(ticker));
            this.folderDate = PolygonParquetLayout.dateOf(file).orElse(null);
            this.tradeColumns = kind == Kind.TRADES ? ResolvedColumns.resolve(rows.schema(), ParquetTradeField.class) : null;
            this.barColumns = kind == Kind.TRADES ? null : ResolvedColumns.resolve(rows.schema(), ParquetBarField.class);
            this.folderStart = folderDate == null ? 0 : startNanos(folderDate);
            this.folderEnd = folderDate == null ? 0 : startNanos(folderDate.plusDays(1));
        }

        private static long startNanos(LocalDate date) {
            Instant start = date.atStartOfDay(ParquetRowRecords.NEW_YORK).toInstant();
            return start.getEpochSecond() * 1_000_000_000L + start.getNano();
        }

        void readAll() {
            List<String> missing = kind == Kind.TRADES ? tradeColumns.missing() : barColumns.missing();
            if (!missing.isEmpty()) {
                tally.reject(Rejection.WHOLE_SOURCE, rows.schema().toString(), "the file lacks required columns "
                        + missing + "; it has " + rows.schema().getFields().stream().map(f -> f.getName()).toList(), null);
                return;
            }
            if (kind == Kind.TRADES && columnwise) {
                String rowByRow = ParquetTradeColumns.unsupportedReason(rows.schema(), tradeColumns);
                if (rowByRow == null) {
                    readColumns(LeafColumns.over(rows));
                    return;
                }
                LoggerFactory.getLogger(PolygonParquetReader.class).debug("{}: read row by row: {}", source, rowByRow);
            }
            Group next;
            while ((next = nextRow()) != null) {
                row++;
                onRow(next);
            }
        }

        /** Trades built from the columns; a row the column path does not accept goes to the row path as a Group. */
        private void readColumns(LeafColumns leaves) {
            ParquetTradeColumns trades = new ParquetTradeColumns(tradeColumns, leaves);
            while (nextColumnRow(leaves)) {
                row++;
                Trade trade = columnTrade(trades);
                if (trade == null) {
                    onRow(leaves.rowAsGroup());
                } else {
                    tally.accept();
                    onRecord.accept(trade);
                }
            }
        }

        private boolean nextColumnRow(LeafColumns leaves) {
            try {
                return leaves.nextRow();
            } catch (IOException | RuntimeException e) {
                rejectUnreadableRest(e);
                return false;
            }
        }

        /** The row's trade, or null when any check fails (the row path then gives the reason). */
        private Trade columnTrade(ParquetTradeColumns trades) {
            try {
                long time = trades.time();
                if (!onFolderDate(time)) {
                    return null;
                }
                return trades.trade(tickers.ofCell(trades.tickerCell()), time, source);
            } catch (InvalidRowException e) {
                return null;
            }
        }

        private Group nextRow() {
            try {
                return rows.next();
            } catch (IOException | RuntimeException e) {
                rejectUnreadableRest(e);
                return null;
            }
        }

        /** The rows after the current one cannot be read: one rejection for the rest of the file. */
        private void rejectUnreadableRest(Exception e) {
            tally.reject(row + 1, "", "cannot read past row " + row + " of " + rows.rowCount()
                    + " (truncated or corrupt file?): " + e.getMessage(), null);
        }

        private void onRow(Group group) {
            Long time = null;
            try {
                time = ParquetRowRecords.time(group, kind == Kind.TRADES ? tradeColumns.get(ParquetTradeField.TIME)
                        : barColumns.get(ParquetBarField.TIME));
                checkDate(time);
                if (kind == Kind.MINUTE && time % NANOS_PER_MINUTE != 0) {
                    throw new InvalidRowException("minute bar time " + time + " is not on a whole minute");
                }
                Object record = switch (kind) {
                    case TRADES -> ParquetRowRecords.trade(group, tradeColumns, ticker(group), time, source);
                    case MINUTE -> ParquetRowRecords.bar(group, barColumns, ticker(group), time, source);
                    case DAILY -> new DayBar(ParquetRowRecords.bar(group, barColumns, ticker(group), time, source));
                };
                tally.accept();
                onRecord.accept(record);
            } catch (InvalidRowException e) {
                tally.reject(row, oneLine(group), e.getMessage(), e.inputTsNanos() != null ? e.inputTsNanos() : time);
            }
        }

        private void checkDate(long nanos) throws InvalidRowException {
            if (onFolderDate(nanos)) {
                return;
            }
            LocalDate date = Instant.ofEpochSecond(0, nanos).atZone(ParquetRowRecords.NEW_YORK).toLocalDate();
            throw new InvalidRowException("time " + Instant.ofEpochSecond(0, nanos) + " is on " + date
                    + " in New York, not on the folder's date=" + folderDate);
        }

        /** True without a folder date, else when the instant is on it in New York: [its start, the next day's start). */
        private boolean onFolderDate(long nanos) {
            return folderDate == null || (nanos >= folderStart && nanos < folderEnd);
        }

        private String ticker(Group group) throws InvalidRowException {
            String own = ParquetValues.text(group, kind == Kind.TRADES ? tradeColumns.get(ParquetTradeField.TICKER)
                    : barColumns.get(ParquetBarField.TICKER));
            return tickers.of(own);
        }
    }

    private static String oneLine(Group group) {
        return group.toString().strip().replace("\n", "; ");
    }
}
