package io.tickflow.producers.readers.polygon;

import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.parquet.ParquetColumn;
import io.tickflow.producers.readers.parquet.ParquetTimes;
import io.tickflow.producers.readers.parquet.ParquetValues;
import io.tickflow.producers.readers.parquet.ResolvedColumns;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.time.ZoneId;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Builds a {@link Trade} or a {@link Bar} from one Parquet row, with the checks of the CSV readers: time present and
 * between 1990 and 2100, price and size &gt; 0, OHLC consistent, codes non-negative. A TRF id or time of 0 means
 * "not a TRF print" (Polygon writes 0 there) and becomes null.
 */
final class ParquetRowRecords {

    /** Exchange time: a date-only value is the session of that date. */
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final int MAX_TAPE = 3;

    private ParquetRowRecords() {
    }

    /** The row's time in ns, required. */
    static long time(Group row, ParquetColumn column) throws InvalidRowException {
        Long nanos = ParquetTimes.epochNanos(row, column, NEW_YORK);
        if (nanos == null) {
            throw new InvalidRowException(column.name() + " is null");
        }
        return nanos;
    }

    static Trade trade(Group row, ResolvedColumns<ParquetTradeField> c, String ticker, long sipTs, String source)
            throws InvalidRowException {
        Integer tape = optionalInt(row, c.get(ParquetTradeField.TAPE));
        if (tape != null && (tape < 1 || tape > MAX_TAPE)) {
            throw new InvalidRowException("tape must be 1, 2 or 3, was " + tape);
        }
        Long sequence = ParquetValues.integer(row, c.get(ParquetTradeField.SEQUENCE));
        if (sequence != null && sequence < 0) {
            throw new InvalidRowException("sequence_number must be >= 0, was " + sequence);
        }
        // the constructor, not the builder (which copies the schema's defaults per record); arguments are checked in
        // the order of the fields, as the builder's setters were, so the first bad field gives the reason
        return new Trade(ticker, sipTs, optionalTime(row, c.get(ParquetTradeField.PARTICIPANT_TIME)),
                optionalTime(row, c.get(ParquetTradeField.TRF_TIME)), positive(row, c.get(ParquetTradeField.PRICE)),
                positive(row, c.get(ParquetTradeField.SIZE)), optionalInt(row, c.get(ParquetTradeField.EXCHANGE)),
                ParquetValues.intList(row, c.get(ParquetTradeField.CONDITIONS)),
                optionalInt(row, c.get(ParquetTradeField.CORRECTION)), sequence, tape,
                ParquetValues.text(row, c.get(ParquetTradeField.ID)),
                zeroAsNull(optionalInt(row, c.get(ParquetTradeField.TRF_ID))), source);
    }

    static Bar bar(Group row, ResolvedColumns<ParquetBarField> c, String ticker, long windowStart, String source)
            throws InvalidRowException {
        Double volume = ParquetValues.decimal(row, c.get(ParquetBarField.VOLUME));
        if (volume == null || !(volume >= 0)) {
            throw new InvalidRowException("volume must be >= 0, was " + volume);
        }
        Bar bar = Bar.newBuilder()
                .setTicker(ticker)
                .setWindowStart(windowStart)
                .setOpen(positive(row, c.get(ParquetBarField.OPEN)))
                .setHigh(positive(row, c.get(ParquetBarField.HIGH)))
                .setLow(positive(row, c.get(ParquetBarField.LOW)))
                .setClose(positive(row, c.get(ParquetBarField.CLOSE)))
                .setVolume(volume)
                .setVwap(ParquetValues.isNull(row, c.get(ParquetBarField.VWAP)) ? null
                        : positive(row, c.get(ParquetBarField.VWAP)))
                .setTransactions(ParquetValues.integer(row, c.get(ParquetBarField.TRANSACTIONS)))
                .setSource(source)
                .build();
        double low = bar.getLow();
        double high = bar.getHigh();
        if (!(low <= high && low <= bar.getOpen() && bar.getOpen() <= high && low <= bar.getClose() && bar.getClose() <= high)) {
            throw new InvalidRowException("OHLC is inconsistent: open=" + bar.getOpen() + " high=" + high
                    + " low=" + low + " close=" + bar.getClose());
        }
        return bar;
    }

    private static double positive(Group row, ParquetColumn column) throws InvalidRowException {
        Double value = ParquetValues.decimal(row, column);
        if (value == null || !(value > 0) || value.isInfinite()) {
            throw new InvalidRowException(column.name() + " must be > 0, was " + value);
        }
        return value;
    }

    private static Integer optionalInt(Group row, ParquetColumn column) throws InvalidRowException {
        Long value = ParquetValues.integer(row, column);
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            throw new InvalidRowException(column.name() + " is out of range: " + value);
        }
        return value == null ? null : value.intValue();
    }

    private static Long optionalTime(Group row, ParquetColumn column) throws InvalidRowException {
        if (ParquetValues.isNull(row, column)) {
            return null;
        }
        boolean int64 = column.type().isPrimitive()
                && column.type().asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT64;
        return int64 && row.getLong(column.index(), 0) == 0 ? null : ParquetTimes.epochNanos(row, column, NEW_YORK);
    }

    private static Integer zeroAsNull(Integer value) {
        return value == null || value == 0 ? null : value;
    }
}
