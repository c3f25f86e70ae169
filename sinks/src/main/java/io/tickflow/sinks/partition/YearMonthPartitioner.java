package io.tickflow.sinks.partition;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;

/**
 * {@code year=YYYY/month=MM} (month zero-padded), the layout of SEC fails-to-deliver.
 *
 * @param dateField where the date comes from, e.g. {@code settlement_date}
 */
public record YearMonthPartitioner(DateField dateField) implements Partitioner {

    public YearMonthPartitioner {
        Objects.requireNonNull(dateField, "dateField");
    }

    @Override
    public PartitionPath partitionOf(GenericRecord record) {
        LocalDate date = dateField.dateOf(record);
        return PartitionPath.of(String.format(Locale.ROOT, "year=%04d", date.getYear()),
                String.format(Locale.ROOT, "month=%02d", date.getMonthValue()));
    }
}
