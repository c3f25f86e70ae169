package io.tickflow.producers.readers;

/**
 * The fast path of a {@link CsvFileReader}: turns a data row that is well formed in the common way straight from its
 * bytes into a record, with no String per line or field. Anything it is not sure of (a quote inside a field, a
 * non-ASCII byte, a value out of range, a missing field, a blank line) it leaves to the reader's String path, which
 * accepts the row or rejects it with its reason; so the fast path must give exactly the record the String path gives
 * for every row it accepts, and it never rejects.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface ByteRowParser<T> {

    /**
     * @param line  buffer holding the row's bytes (its line terminator excluded); read only, not kept
     * @param start index of the row's first byte
     * @param end   index just past its last byte
     * @return the record, or null to leave the row to the String path
     */
    T parseOrNull(byte[] line, int start, int end);
}
