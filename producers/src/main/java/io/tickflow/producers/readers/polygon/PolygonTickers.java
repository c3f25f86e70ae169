package io.tickflow.producers.readers.polygon;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.parquet.LeafCursor;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * The canonical tickers of one file's rows, from a ticker column or else the {@code ticker=T} folder, with the last
 * one remembered: a file holds one ticker, mapped once instead of once per row (the mapper is immutable, so the same
 * text maps to the same ticker).
 */
final class PolygonTickers {

    private final SymbolMapper symbols;
    private final String folderTicker;
    private String lastTicker;
    private String lastCanonical;
    /** The column path's own last ticker bytes and their ticker, apart from the row path's text above. */
    private Binary lastBytes;
    private String lastBytesCanonical;

    /** @param folderTicker the ticker of rows without one of their own; null when there is none */
    PolygonTickers(SymbolMapper symbols, String folderTicker) {
        this.symbols = symbols;
        this.folderTicker = folderTicker;
    }

    /** The canonical ticker of a row whose ticker column holds {@code own} (null: none or null). */
    String of(String own) throws InvalidRowException {
        String ticker = own != null ? own : folderTicker;
        if (ticker == null || ticker.isBlank()) {
            throw new InvalidRowException("no ticker: no ticker column, no ticker=T folder, none given (--ticker)");
        }
        if (ticker.equals(lastTicker)) {
            return lastCanonical;
        }
        try {
            lastCanonical = symbols.toCanonical(SymbolSource.POLYGON, ticker.strip());
            lastTicker = ticker;
            return lastCanonical;
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException("ticker is not in Polygon's notation: " + e.getMessage());
        }
    }

    /**
     * As {@link #of(String)} for the ticker column's current cell ({@code cell} null: the file has none); text bytes
     * are decoded only when they differ from the last row's.
     */
    String ofCell(LeafCursor cell) throws InvalidRowException {
        if (cell == null || cell.isNull()) {
            return of(null);
        }
        if (cell.type() != PrimitiveTypeName.BINARY && cell.type() != PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
            return of(String.valueOf(cell.longValue()));
        }
        Binary bytes = cell.binaryValue();
        if (!bytes.equals(lastBytes)) {
            lastBytesCanonical = of(bytes.toStringUsingUTF8());
            lastBytes = bytes.copy(); // the value may point into a page the next row group replaces
        }
        return lastBytesCanonical;
    }
}
