package io.tickflow.producers.readers.polygon;

import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.parquet.LeafColumns;
import io.tickflow.producers.readers.parquet.LeafCursor;
import io.tickflow.producers.readers.parquet.ParquetColumn;
import io.tickflow.producers.readers.parquet.ParquetTimes;
import io.tickflow.producers.readers.parquet.ParquetValues;
import io.tickflow.producers.readers.parquet.ResolvedColumns;
import io.tickflow.schemas.market.Trade;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Builds a {@link Trade} straight from the current row's column values ({@link LeafColumns}), with exactly the values
 * {@link ParquetRowRecords#trade} gives the row's Group, for the column types trade files use: times INT64 (any
 * {@code TIMESTAMP} unit, or plain), price and size DOUBLE, FLOAT, INT32 or INT64, whole numbers INT32, INT64, DOUBLE
 * or FLOAT, texts BINARY, FIXED_LEN_BYTE_ARRAY, INT32 or INT64, conditions a LIST (or repeated column) of INT32 or
 * INT64. {@link #unsupportedReason} names any other column, whose file is read row by row.
 *
 * <p>Only the clean row is built here. Any check that fails throws, with no care for the reason: the caller then
 * gives the row, rebuilt as a Group, to the row path, whose reason and raw text the dead letter keeps.
 */
final class ParquetTradeColumns {

    private static final ParquetTradeField[] FIELDS = ParquetTradeField.values();

    private final ParquetColumn[] columns = new ParquetColumn[FIELDS.length];
    private final LeafCursor[] cells = new LeafCursor[FIELDS.length];

    ParquetTradeColumns(ResolvedColumns<ParquetTradeField> resolved, LeafColumns leaves) {
        for (ParquetTradeField field : FIELDS) {
            ParquetColumn column = resolved.get(field);
            if (column != null) {
                columns[field.ordinal()] = column;
                cells[field.ordinal()] = leaves.cell(column.index());
            }
        }
    }

    /** Why the file of {@code schema} must be read row by row, or null when every trade column can be read here. */
    static String unsupportedReason(MessageType schema, ResolvedColumns<ParquetTradeField> resolved) {
        String shape = LeafColumns.unsupportedReason(schema);
        if (shape != null) {
            return shape;
        }
        for (ParquetTradeField field : FIELDS) {
            ParquetColumn column = resolved.get(field);
            if (column != null && !(field == ParquetTradeField.CONDITIONS ? codesKind(column.type())
                    : scalarKind(field, column.type()))) {
                return "column " + column.name() + " (" + column.type() + ") as " + field;
            }
        }
        return null;
    }

    private static boolean scalarKind(ParquetTradeField field, Type type) {
        if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
            return false;
        }
        PrimitiveTypeName name = type.asPrimitiveType().getPrimitiveTypeName();
        boolean integer = name == PrimitiveTypeName.INT32 || name == PrimitiveTypeName.INT64;
        // a DECIMAL is a number only once scaled; as a whole number or a text the row path takes it unscaled
        boolean floating = (name == PrimitiveTypeName.DOUBLE || name == PrimitiveTypeName.FLOAT)
                && !(type.getLogicalTypeAnnotation() instanceof DecimalLogicalTypeAnnotation);
        return switch (field) {
            case TIME, PARTICIPANT_TIME, TRF_TIME -> name == PrimitiveTypeName.INT64;
            case PRICE, SIZE -> floating || (integer && !(type.getLogicalTypeAnnotation() instanceof DecimalLogicalTypeAnnotation));
            case TICKER, ID -> integer || name == PrimitiveTypeName.BINARY || name == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
            default -> integer || floating;
        };
    }

    /** A repeated int column, or a non-repeated group down to one int leaf (as {@link LeafColumns} requires). */
    private static boolean codesKind(Type type) {
        Type leaf = type;
        while (!leaf.isPrimitive()) {
            leaf = leaf.asGroupType().getType(0);
        }
        PrimitiveTypeName name = leaf.asPrimitiveType().getPrimitiveTypeName();
        boolean ints = name == PrimitiveTypeName.INT32 || name == PrimitiveTypeName.INT64;
        // the row path reads only the first of a repeated group, and parses a plain column as text ("12,37")
        return ints && type.isPrimitive() == type.isRepetition(Type.Repetition.REPEATED);
    }

    /** The ticker column's cell, or null when the file has none. */
    LeafCursor tickerCell() {
        return cells[ParquetTradeField.TICKER.ordinal()];
    }

    /** The row's SIP time in ns, in range, as {@link ParquetRowRecords#time} gives it. */
    long time() throws InvalidRowException {
        Long nanos = optionalNanos(ParquetTradeField.TIME, false);
        if (nanos == null) {
            throw new InvalidRowException("time is null");
        }
        return nanos;
    }

    /** The row's trade, as {@link ParquetRowRecords#trade} builds it from the row's Group when that accepts it. */
    Trade trade(String ticker, long sipTs, String source) throws InvalidRowException {
        Integer tape = optionalInt(ParquetTradeField.TAPE);
        if (tape != null && (tape < 1 || tape > 3)) {
            throw new InvalidRowException("tape");
        }
        Long sequence = integer(ParquetTradeField.SEQUENCE);
        if (sequence != null && sequence < 0) {
            throw new InvalidRowException("sequence");
        }
        Integer trfId = optionalInt(ParquetTradeField.TRF_ID);
        return new Trade(ticker, sipTs, optionalNanos(ParquetTradeField.PARTICIPANT_TIME, true),
                optionalNanos(ParquetTradeField.TRF_TIME, true), positive(ParquetTradeField.PRICE),
                positive(ParquetTradeField.SIZE), optionalInt(ParquetTradeField.EXCHANGE), codes(),
                optionalInt(ParquetTradeField.CORRECTION), sequence, tape, text(ParquetTradeField.ID),
                trfId == null || trfId == 0 ? null : trfId, source);
    }

    private boolean isNull(ParquetTradeField field) {
        LeafCursor cell = cells[field.ordinal()];
        return cell == null || cell.isNull();
    }

    /** ns of an INT64 time; null when null, or, with {@code zeroIsNull}, 0 (Polygon's "not a TRF print"). */
    private Long optionalNanos(ParquetTradeField field, boolean zeroIsNull) throws InvalidRowException {
        if (isNull(field)) {
            return null;
        }
        long value = cells[field.ordinal()].longValue();
        if (zeroIsNull && value == 0) {
            return null;
        }
        long nanos = ParquetTimes.int64Nanos(columns[field.ordinal()], value);
        if (!ParquetTimes.inRange(nanos)) {
            throw new InvalidRowException("time out of range");
        }
        return nanos;
    }

    private double positive(ParquetTradeField field) throws InvalidRowException {
        if (isNull(field)) {
            throw new InvalidRowException("null");
        }
        LeafCursor cell = cells[field.ordinal()];
        PrimitiveTypeName type = cell.type();
        double value = type == PrimitiveTypeName.DOUBLE || type == PrimitiveTypeName.FLOAT ? cell.doubleValue()
                : (double) cell.longValue();
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidRowException("not positive");
        }
        return value;
    }

    private Long integer(ParquetTradeField field) throws InvalidRowException {
        if (isNull(field)) {
            return null;
        }
        LeafCursor cell = cells[field.ordinal()];
        PrimitiveTypeName type = cell.type();
        return type == PrimitiveTypeName.DOUBLE || type == PrimitiveTypeName.FLOAT
                ? ParquetValues.integral(columns[field.ordinal()], cell.doubleValue()) : cell.longValue();
    }

    private Integer optionalInt(ParquetTradeField field) throws InvalidRowException {
        Long value = integer(field);
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            throw new InvalidRowException("out of range");
        }
        return value == null ? null : value.intValue();
    }

    private String text(ParquetTradeField field) {
        if (isNull(field)) {
            return null;
        }
        LeafCursor cell = cells[field.ordinal()];
        PrimitiveTypeName type = cell.type();
        return type == PrimitiveTypeName.INT32 || type == PrimitiveTypeName.INT64 ? String.valueOf(cell.longValue())
                : cell.binaryValue().toStringUsingUTF8();
    }

    /** The present codes in order; null elements are skipped, as the row path's walk over the list skips them. */
    private List<Integer> codes() throws InvalidRowException {
        LeafCursor cell = cells[ParquetTradeField.CONDITIONS.ordinal()];
        if (cell == null) {
            return new ArrayList<>();
        }
        List<Integer> codes = new ArrayList<>(cell.entries()); // sized: no growth from the default 10 slots
        for (int k = 0; k < cell.entries(); k++) {
            if (cell.presentAt(k)) {
                long code = cell.longAt(k);
                if (code < 0 || code > Integer.MAX_VALUE) {
                    throw new InvalidRowException("code out of range");
                }
                codes.add((int) code);
            }
        }
        return codes;
    }
}
