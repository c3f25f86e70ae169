package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.schemas.market.Trade;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Payload checks that happen before any registry call (the client points nowhere). */
class AvroDeserializerErrorsTest {

    private final SchemaRegistryClient nowhere = new SchemaRegistryClient(
            RegistryClientSettings.defaults("http://127.0.0.1:9"));

    @Test
    void specificDeserializerRejectsATruncatedPayload() {
        SpecificAvroDeserializer<Trade> deserializer = new SpecificAvroDeserializer<>(Trade.class, nowhere);
        assertThatThrownBy(() -> deserializer.deserialize("trades", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
    }

    @Test
    void genericDeserializerRejectsAnUnknownMagicByte() {
        GenericAvroDeserializer deserializer = new GenericAvroDeserializer(nowhere);
        assertThatThrownBy(() -> deserializer.deserialize("trades", new byte[] {2, 0, 0, 0, 1, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown magic byte 0x02");
    }

    @Test
    void nullPayloadIsATombstone() {
        assertThat(new GenericAvroDeserializer(nowhere).deserialize("trades", null)).isNull();
        assertThat(new SpecificAvroSerializer<Trade>(nowhere, true).serialize("trades", null)).isNull();
    }

    @Test
    void configureRequiresTheRegistryUrl() {
        assertThatThrownBy(() -> new GenericAvroSerde().configure(Map.of(), false))
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void unconfiguredSerializerSaysWhatIsMissing() {
        GenericData.Record record = new GenericData.Record(Trade.getClassSchema());
        assertThatThrownBy(() -> new GenericAvroSerializer().serialize("t", record))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("configure");
    }
}
