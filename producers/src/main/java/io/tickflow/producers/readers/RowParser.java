package io.tickflow.producers.readers;

/**
 * Turns one CSV data row into a record, or says why it cannot.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RowParser<T> {

    /**
     * @param row the row, with its fields reachable by column name
     * @return the record; never null
     * @throws InvalidRowException with a one-sentence reason when any field is missing or malformed
     */
    T parse(CsvRow row) throws InvalidRowException;
}
