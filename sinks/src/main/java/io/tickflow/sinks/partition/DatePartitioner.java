package io.tickflow.sinks.partition;

import java.util.Objects;
import org.apache.avro.generic.GenericRecord;

/**
 * {@code date=YYYY-MM-DD}, the layout of FINRA daily short volume and the daily watchlist.
 *
 * @param dateField where the date comes from
 */
public record DatePartitioner(DateField dateField) implements Partitioner {

    public DatePartitioner {
        Objects.requireNonNull(dateField, "dateField");
    }

    @Override
    public PartitionPath partitionOf(GenericRecord record) {
        return PartitionPath.of("date=" + dateField.dateOf(record));
    }
}
