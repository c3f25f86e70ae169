package io.tickflow.producers.download.parquet;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.producers.readers.polygon.PolygonRestJsonReader;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns the saved Polygon REST pages of one ticker-day into the seed's Parquet file of that partition
 * ({@link PolygonRestColumns}), parsing them with {@link PolygonRestJsonReader} so that a row means exactly what it
 * means when the JSON is replayed. A result is rejected, with its page as source and its 1-based index in the page
 * as line, when the reader refuses it, when it is not of the partition's kind (an aggregate in a trades partition),
 * when its New York date is not the partition's date, or when a minute bar does not start on a whole minute: the same
 * rules by which {@link io.tickflow.producers.readers.polygon.PolygonParquetReader} would refuse the row when reading
 * the file back, so that every row written is read back.
 */
public final class PolygonPagesToParquet {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final PolygonRestJsonReader reader = new PolygonRestJsonReader();

    /**
     * @param pages   the ticker-day's pages, in the order fetched
     * @param ticker  Polygon ticker of the pages ({@code /v3/trades} results carry none)
     * @param kind    what the partition holds
     * @param date    the partition's session date (New York)
     * @param out     the file to write; created only when at least one row is accepted, overwritten if present
     * @param rejects receives every refused result; not closed here
     * @throws IOException when the Parquet file cannot be written
     */
    public ConversionResult convert(List<Path> pages, String ticker, Kind kind, LocalDate date, Path out,
                                    DeadLetterSink rejects) throws IOException {
        Rows rows = new Rows(kind, date, out, Objects.requireNonNull(rejects, "rejects"));
        try (rows) {
            for (Path page : pages) {
                rows.startPage(page);
                reader.read(page, ticker, rows, rows.readerRejects());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ConversionResult(rows.written(), rows.rejected());
    }

    /** Receives one conversion's records: checks each, writes the good ones, opens the file at the first. */
    private static final class Rows implements Consumer<Object>, AutoCloseable {
        private final Kind kind;
        private final LocalDate date;
        private final Path out;
        private final DeadLetterSink rejects;
        private PolygonParquetWriter writer;
        private Path page;
        private long indexInPage;
        private long rejected;

        Rows(Kind kind, LocalDate date, Path out, DeadLetterSink rejects) {
            this.kind = kind;
            this.date = date;
            this.out = out;
            this.rejects = rejects;
        }

        void startPage(Path next) {
            page = next;
            indexInPage = 0;
        }

        /**
         * The reader's rejections, counted so that {@link #indexInPage} stays the 1-based index of the current result:
         * the reader hands over every result in page order, either to {@link #accept(Object)} or to this sink.
         */
        DeadLetterSink readerRejects() {
            return new DeadLetterSink() {
                @Override
                public void accept(Rejection rejection) {
                    indexInPage++;
                    rejected++;
                    rejects.accept(rejection);
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void accept(Object record) {
            indexInPage++;
            long nanos = record instanceof Trade t ? t.getSipTs()
                    : record instanceof Bar b ? b.getWindowStart() : Long.MIN_VALUE;
            String problem = problem(record, nanos);
            if (problem != null) {
                rejected++;
                rejects.accept(new Rejection(page.toString(), indexInPage, String.valueOf(record), problem,
                        PolygonRestJsonReader.FORMAT, nanos == Long.MIN_VALUE ? null : nanos));
                return;
            }
            try {
                if (writer == null) {
                    writer = new PolygonParquetWriter(out, PolygonRestColumns.of(kind));
                }
                writer.write(kind == Kind.TRADES ? PolygonRestColumns.row((Trade) record)
                        : PolygonRestColumns.row((Bar) record));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
        }

        private String problem(Object record, long nanos) {
            boolean rightKind = kind == Kind.TRADES ? record instanceof Trade : record instanceof Bar;
            if (!rightKind) {
                return "not " + (kind == Kind.TRADES ? "a trade" : "an aggregate") + " but a "
                        + record.getClass().getSimpleName() + ": a " + kind.dataset() + " partition holds only those";
            }
            if (kind == Kind.MINUTE && nanos % NANOS_PER_MINUTE != 0) {
                return "minute bar start " + Instant.ofEpochSecond(0, nanos) + " is not on a whole minute";
            }
            LocalDate day = Instant.ofEpochSecond(0, nanos).atZone(NEW_YORK).toLocalDate();
            return day.equals(date) ? null : "time " + Instant.ofEpochSecond(0, nanos) + " is on " + day
                    + " in New York, not on the partition's date=" + date;
        }

        long written() {
            return writer == null ? 0 : writer.rows();
        }

        long rejected() {
            return rejected;
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                writer.close();
            }
        }
    }
}
