package io.tickflow.producers.readers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of a CSV file and where each one is, so that rows are read by name and a file whose
 * columns come in another order (or with extra columns) is still read correctly.
 */
public final class CsvHeader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> names;
    private final Map<String, Integer> indexByName;

    private CsvHeader(List<String> names, Map<String, Integer> indexByName) {
        this.names = names;
        this.indexByName = indexByName;
    }

    /**
     * Parses a header line. Names are trimmed; a UTF-8 byte-order mark before the first name is dropped
     * (spreadsheet exports add one).
     *
     * @throws InvalidRowException when the line is not valid CSV or names a column twice
     */
    public static CsvHeader parse(String line) throws InvalidRowException {
        return parse(line, ',', true);
    }

    /** Parses a header line split on {@code separator}, quoted or not (see {@link CsvFields}). */
    public static CsvHeader parse(String line, char separator, boolean quoted) throws InvalidRowException {
        String text = !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
        return of(CsvFields.split(text, separator, quoted));
    }

    /**
     * A header from column names (for files without a header line).
     *
     * @throws InvalidRowException when a name occurs twice
     */
    public static CsvHeader of(List<String> fields) throws InvalidRowException {
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (String field : fields) {
            String name = field.trim();
            if (index.putIfAbsent(name, names.size()) != null) {
                throw new InvalidRowException("header names column '" + name + "' twice");
            }
            names.add(name);
        }
        return new CsvHeader(Collections.unmodifiableList(names), index);
    }

    /** Column names in file order. */
    public List<String> names() {
        return names;
    }

    /** Number of columns every data row must have. */
    public int size() {
        return names.size();
    }

    /** Index of a column, or -1 when the file lacks it. */
    public int indexOf(String name) {
        return indexByName.getOrDefault(name, -1);
    }

    /** Those of {@code required} that the header lacks, in the given order. */
    public List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!indexByName.containsKey(name)) {
                missing.add(name);
            }
        }
        return missing;
    }
}
