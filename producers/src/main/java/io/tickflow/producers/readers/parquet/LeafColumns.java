package io.tickflow.producers.readers.parquet;

import java.io.IOException;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The rows of one Parquet file read column by column: each top-level field's single leaf column is a
 * {@link LeafCursor} advanced one row at a time, so a reader builds its record from primitives instead of parquet-java
 * building a {@link Group} per row (the row path of {@link ParquetRows#next()} spent half its time on that).
 *
 * <p>Handles the shapes trade files have: every top-level field is a primitive, or a group nesting down to exactly
 * one primitive (a LIST of codes), with at most one repeated level. {@link #unsupportedReason} names the field of any
 * other schema, which a caller reads row by row instead. {@link #rowAsGroup()} rebuilds the current row as the row
 * path would have given it, for the rare rejected row whose text goes to the dead letters.
 */
public final class LeafColumns {

    private final ParquetRows rows;
    private final MessageType schema;
    private final List<ColumnDescriptor> columns;
    private final LeafCursor[] cursors;
    private final LeafPath[] paths;
    /** Only its primitive converters are looked up, and only for the dictionary support they lack. */
    private final GroupConverter converter;
    private long rowsLeftInGroup;

    private LeafColumns(ParquetRows rows) {
        this.rows = rows;
        this.schema = rows.schema();
        this.columns = schema.getColumns();
        this.cursors = new LeafCursor[columns.size()];
        this.paths = new LeafPath[columns.size()];
        for (int i = 0; i < cursors.length; i++) {
            cursors[i] = new LeafCursor(columns.get(i));
            paths[i] = LeafPath.of(schema.getType(i));
        }
        this.converter = new GroupRecordConverter(schema).getRootConverter();
    }

    /** Why {@code schema} cannot be read column by column, or null when it can. */
    public static String unsupportedReason(MessageType schema) {
        for (Type field : schema.getFields()) {
            String why = LeafPath.unsupportedReason(field);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Column-wise rows of {@code rows}, whose schema must pass {@link #unsupportedReason}; not to mix with next(). */
    public static LeafColumns over(ParquetRows rows) {
        String why = unsupportedReason(rows.schema());
        if (why != null) {
            throw new IllegalArgumentException("not readable column by column: " + why);
        }
        return new LeafColumns(rows);
    }

    /** The cursor of top-level field {@code fieldIndex} (each such field has exactly one leaf). */
    public LeafCursor cell(int fieldIndex) {
        return cursors[fieldIndex];
    }

    /**
     * Moves every cursor to the next row.
     *
     * @return false after the last row
     * @throws IOException when a page cannot be read or decoded (a corrupt or cut file)
     */
    public boolean nextRow() throws IOException {
        while (rowsLeftInGroup == 0) {
            PageReadStore pages = rows.nextPages();
            if (pages == null) {
                return false;
            }
            rowsLeftInGroup = pages.getRowCount();
            if (rowsLeftInGroup > 0) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, converter, schema, rows.createdBy());
                for (int i = 0; i < cursors.length; i++) {
                    cursors[i].bind(store.getColumnReader(columns.get(i)));
                }
            }
        }
        rowsLeftInGroup--;
        try {
            for (LeafCursor cursor : cursors) {
                cursor.readRow();
            }
        } catch (RuntimeException e) {
            throw new IOException("corrupt page: " + e.getMessage(), e);
        }
        return true;
    }

    /** The current row as a fresh Group, as {@link ParquetRows#next()} would have given it. */
    public Group rowAsGroup() {
        Group row = new SimpleGroup(schema);
        for (int field = 0; field < cursors.length; field++) {
            paths[field].addTo(row, field, cursors[field]);
        }
        return row;
    }
}
