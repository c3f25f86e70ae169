package io.tickflow.sinks.format;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * The Parquet columns of an Avro schema that are written without a dictionary: every {@code INT64} column.
 *
 * <p>Why: the project's longs are nanosecond timestamps ({@code sip_ts}, {@code participant_ts}, {@code open_time}),
 * sequence numbers and counts, nearly all distinct within a file. parquet-java still tries a dictionary for each
 * first page (hashing every value into it) and then, the dictionary being no smaller than the values, re-encodes
 * the page without it: measured on the sink's trades, 20% of the Parquet writing time for the same bytes. With v2
 * pages the column goes straight to {@code DELTA_BINARY_PACKED}, the encoding the fallback picks anyway, which also
 * packs a constant or a rising column into a few bits per value, what a dictionary would have given. Strings,
 * doubles and ints keep the dictionary: tickers, sizes, exchanges and trade ids repeat within a file (measured:
 * without it trades grow by about 1.5%). The choice reads the schema alone, so rewriting the same records gives the
 * same bytes.
 */
final class UndictionariedColumns {

    private UndictionariedColumns() {
    }

    /**
     * @param schema        Avro record schema of the file
     * @param configuration the configuration the writer converts the schema with (list layout)
     * @return dotted column paths, e.g. {@code sip_ts}, in schema order
     */
    static List<String> of(Schema schema, ParquetConfiguration configuration) {
        return of(new AvroSchemaConverter(configuration).convert(schema));
    }

    /**
     * @param schema the file's Parquet schema, as parquet-avro converts its Avro schema
     * @return dotted column paths, e.g. {@code sip_ts}, in schema order
     */
    static List<String> of(MessageType schema) {
        return schema.getColumns().stream()
                .filter(UndictionariedColumns::isInt64)
                .map(column -> String.join(".", column.getPath()))
                .toList();
    }

    private static boolean isInt64(ColumnDescriptor column) {
        return column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT64;
    }
}
