package io.tickflow.sinks.connect;

import io.tickflow.schemas.registry.ConfluentWireFormat;
import io.tickflow.schemas.registry.GenericAvroDeserializer;
import io.tickflow.sinks.commit.SinkInput;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Turns a record's value, delivered as raw bytes by Connect's {@code ByteArrayConverter}, into the Avro record the
 * producer wrote, with the project's Confluent-format deserializer.
 *
 * <p>Why bytes and not a Converter to Connect {@code Struct}s: the files must hold the writer's Avro schema as is
 * (logical types such as {@code date}, nanosecond longs, map and union shapes, field docs), and the manifest must
 * name the writer schema id. A Struct round trip (Avro → Connect schema → Avro, as Confluent's AvroConverter and
 * AvroData do) loses or renames parts of that, needs a second schema mapping to maintain, and Confluent's
 * converter is not on Maven Central anyway. The cost: single message transforms cannot edit values (they see
 * bytes); topic-routing SMTs still work.
 */
final class AvroValueDecoder {

    private final GenericAvroDeserializer deserializer;

    /** @param deserializer a configured deserializer bound to the registry */
    AvroValueDecoder(GenericAvroDeserializer deserializer) {
        this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
    }

    /**
     * @param record a record whose value is {@code byte[]} or null
     * @return the decoded record with its original offset, timestamp and schema id
     * @throws RejectedRecordException for a null value or bytes that are not a decodable Confluent-format record
     * @throws ConnectException        when the value is not bytes: the connector is misconfigured, not the data bad
     */
    SinkInput decode(SinkRecord record) throws RejectedRecordException {
        Object value = record.value();
        if (value == null) {
            throw new RejectedRecordException("null value", null);
        }
        if (!(value instanceof byte[] bytes)) {
            throw new ConnectException("the tickflow Parquet sink needs raw values: set value.converter="
                    + "org.apache.kafka.connect.converters.ByteArrayConverter (got " + value.getClass().getName() + ")");
        }
        try {
            int schemaId = ConfluentWireFormat.schemaId(bytes);
            GenericRecord decoded = deserializer.deserialize(record.topic(), bytes);
            long timestamp = record.timestamp() == null ? SinkInput.NO_TIMESTAMP : record.timestamp();
            return new SinkInput(decoded, record.originalKafkaOffset(), timestamp, schemaId);
        } catch (SerializationException | ClassCastException e) {
            throw new RejectedRecordException("value could not be deserialized", e);
        }
    }
}
