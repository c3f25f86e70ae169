package io.tickflow.sinks.partition;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * {@code ticker=<encoded ticker>/date=YYYY-MM-DD}, the layout of {@code processed/bars}, {@code labels},
 * {@code weights} and {@code daily_cache} (DESIGN.md "Output layout"). The ticker goes through
 * {@link PathSafeTicker}; the date is read by a {@link DateField}.
 *
 * @param tickerField name of the string field holding the ticker, e.g. {@code ticker} or {@code symbol}
 * @param dateField   where the date comes from, e.g. {@code session} or {@code sip_ts}
 */
public record TickerDatePartitioner(String tickerField, DateField dateField) implements Partitioner {

    public TickerDatePartitioner {
        Objects.requireNonNull(tickerField, "tickerField");
        Objects.requireNonNull(dateField, "dateField");
    }

    /** Ticker from {@code tickerField}, date from {@code dateField} read in New York time. */
    public static TickerDatePartitioner of(String tickerField, String dateField) {
        return new TickerDatePartitioner(tickerField, DateField.of(dateField));
    }

    @Override
    public PartitionPath partitionOf(GenericRecord record) {
        return TickerDateFolders.of(tickerOf(record), dateField.dateOf(record));
    }

    private String tickerOf(GenericRecord record) {
        Schema.Field field = record.getSchema().getField(tickerField);
        if (field == null) {
            throw new PartitionException("field " + tickerField + " is missing");
        }
        Object value = record.get(field.pos());
        if (value == null) {
            throw new PartitionException("field " + tickerField + " is null");
        }
        if (!(value instanceof CharSequence text)) {
            throw new PartitionException("field " + tickerField + " is not a string");
        }
        return text.toString();
    }
}
