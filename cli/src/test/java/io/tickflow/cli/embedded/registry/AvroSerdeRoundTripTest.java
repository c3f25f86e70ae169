package io.tickflow.cli.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.AvroSerdeConfig;
import io.tickflow.schemas.registry.ConfluentWireFormat;
import io.tickflow.schemas.registry.GenericAvroSerde;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.SpecificAvroDeserializer;
import io.tickflow.schemas.registry.SpecificAvroSerde;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** tickflow's serdes against the embedded registry (in-memory log): bytes, ids, schema evolution. */
class AvroSerdeRoundTripTest {

    private final EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(new InMemorySchemaLog(), 0);
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @AfterEach
    void stop() {
        registry.close();
    }

    static Trade trade() {
        return Trade.newBuilder().setTicker("ABR.PRA").setSipTs(1_700_000_000_123_456_789L).setPrice(21.37)
                .setSize(100).setExchange(4).setConditions(List.of(12, 37)).setId("52983525029461").build();
    }

    @Test
    void roundTripsAGeneratedClassThroughSerdeConfiguredByMap() {
        try (SpecificAvroSerde<Trade> serde = new SpecificAvroSerde<>(Trade.class)) {
            serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()), false);
            byte[] bytes = serde.serializer().serialize("trades", trade());
            assertThat(bytes[0]).isEqualTo(ConfluentWireFormat.MAGIC_BYTE);
            assertThat(ConfluentWireFormat.schemaId(bytes)).isEqualTo(client.latest("trades-value").id());
            assertThat(serde.deserializer().deserialize("trades", bytes)).isEqualTo(trade());
        }
    }

    @Test
    void registersKeysUnderTheKeySubject() {
        GenericRecord value = new GenericRecordBuilder(Trade.getClassSchema()).set("ticker", "X").set("sip_ts", 1L)
                .set("price", 1.0).set("size", 1.0).build();
        try (GenericAvroSerde serde = new GenericAvroSerde(client, true)) {
            serde.configure(Map.of(), true);
            serde.serializer().serialize("trades", value);
        }
        assertThat(client.latest("trades-key").schema()).isEqualTo(Trade.getClassSchema());
    }

    @Test
    void roundTripsAGenericRecordWithItsWriterSchema() {
        GenericRecord record = new GenericRecordBuilder(TestSchemas.QUOTE_V1).set("ticker", "GME").set("bid", 20.5).build();
        try (GenericAvroSerde serde = new GenericAvroSerde(client, true)) {
            byte[] bytes = serde.serializer().serialize("quotes", record);
            GenericRecord back = serde.deserializer().deserialize("quotes", bytes);
            assertThat(back).isEqualTo(record);
            assertThat(back.getSchema()).isEqualTo(TestSchemas.QUOTE_V1);
        }
    }

    @Test
    void readsRecordsOfAnOlderWriterSchemaIntoTheGeneratedClass() {
        Schema older = withoutField(Trade.getClassSchema(), "source");
        GenericRecord oldTrade = new GenericRecordBuilder(older).set("ticker", "ABR.PRA").set("sip_ts", 5L)
                .set("price", 21.37).set("size", 100.0).build();
        byte[] bytes = new GenericAvroSerde(client, true).serializer().serialize("trades", oldTrade);
        Trade read = new SpecificAvroDeserializer<>(Trade.class, client).deserialize("trades", bytes);
        assertThat(read.getTicker()).isEqualTo("ABR.PRA");
        assertThat(read.getSource()).isNull();
        assertThat(read.getConditions()).isEmpty();
    }

    @Test
    void refusesToSerializeUnregisteredSchemasWhenAutoRegisterIsOff() {
        try (SpecificAvroSerde<Trade> serde = new SpecificAvroSerde<>(Trade.class)) {
            serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url(),
                    AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, "false"), false);
            assertThatThrownBy(() -> serde.serializer().serialize("trades", trade()))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("trades-value")
                    .hasMessageContaining("40401");
        }
    }

    @Test
    void reportsAnUnknownSchemaIdWhenDeserializing() {
        byte[] bytes = ConfluentWireFormat.frame(77, new byte[] {2, 65});
        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(Trade.class, client).deserialize("trades", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 77")
                .hasMessageContaining("40403");
    }

    @Test
    void reportsATruncatedAvroBody() {
        byte[] full = new SpecificAvroSerde<>(Trade.class, client, true).serializer().serialize("trades", trade());
        byte[] cut = Arrays.copyOf(full, 9);
        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(Trade.class, client).deserialize("trades", cut))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("truncated or not Avro binary");
    }

    private static Schema withoutField(Schema schema, String dropped) {
        List<Schema.Field> fields = schema.getFields().stream().filter(f -> !f.name().equals(dropped))
                .map(f -> new Schema.Field(f, f.schema())).toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
