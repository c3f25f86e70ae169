package io.tickflow.cli.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.ConfluentWireFormat;
import io.tickflow.schemas.registry.GeneratedClassTrust;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.SpecificAvroSerde;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bytes written by tickflow's serde are read by an independent implementation of the Confluent wire
 * format, and the other way round: Apicurio's {@code apicurio-registry-serdes-avro-serde} 2.6.13.Final,
 * configured as DESIGN.md says ({@code apicurio.registry.as-confluent=true}: magic byte 0 and a 4-byte
 * id; {@code apicurio.registry.use-id=contentId}: that id is the registry's schema id).
 *
 * <p>Apicurio's serdes resolve ids through Apicurio's own REST API ({@code /apis/registry/v2}), which
 * tickflow's embedded registry does not serve. Instead of an Apicurio server, the tests plug
 * {@link ConfluentEndpointsSchemaResolver} in through {@code apicurio.registry.schema-resolver}: it maps
 * ids to schemas with our registry's Confluent endpoints and nothing else, so framing, id width and
 * Avro encoding are Apicurio's own code. Headers are disabled so the id travels in the payload, as in
 * the Confluent format. The registry is persisted in the shared broker's {@code _schemas}.
 */
@ExtendWith(SharedKafka.class)
class ApicurioInteropIT {

    @BeforeAll
    static void trustGeneratedClasses() {
        // Apicurio's serializer builds a SpecificDatumWriter, which makes Avro 1.12 load Trade by name and
        // check it against its class validator: without this it fails unless our serde ran first in the JVM
        GeneratedClassTrust.install();
    }

    private final EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(SharedKafka.bootstrapServers(), 0);
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @AfterEach
    void stop() {
        registry.close();
    }

    private Map<String, Object> apicurioConfig() {
        return Map.of(SerdeConfig.SCHEMA_RESOLVER, ConfluentEndpointsSchemaResolver.class.getName(),
                ConfluentEndpointsSchemaResolver.URL_CONFIG, registry.url(),
                SerdeConfig.ENABLE_CONFLUENT_ID_HANDLER, "true",
                SerdeConfig.USE_ID, "contentId",
                SerdeConfig.ENABLE_HEADERS, "false");
    }

    @Test
    void apicurioReadsWhatOurSerializerWrote() {
        String topic = "it-interop-ours-" + System.nanoTime();
        Trade trade = AvroSerdeRoundTripTest.trade();
        byte[] bytes = new SpecificAvroSerde<>(Trade.class, client, true).serializer().serialize(topic, trade);

        try (AvroKafkaDeserializer<GenericRecord> apicurio = new AvroKafkaDeserializer<>()) {
            apicurio.configure(apicurioConfig(), false);
            GenericRecord read = apicurio.deserialize(topic, bytes);
            // field-by-field equality in Avro's own sense (same schema, same values)
            assertThat(GenericData.get().compare(read, trade, Trade.getClassSchema())).isZero();
            assertThat(read.get("ticker")).hasToString("ABR.PRA");
            assertThat(read.get("sip_ts")).isEqualTo(1_700_000_000_123_456_789L);
        }
    }

    @Test
    void ourDeserializerReadsWhatApicurioWrote() {
        String topic = "it-interop-apicurio-" + System.nanoTime();
        Trade trade = AvroSerdeRoundTripTest.trade();
        byte[] bytes;
        try (AvroKafkaSerializer<Trade> apicurio = new AvroKafkaSerializer<>()) {
            apicurio.configure(apicurioConfig(), false);
            bytes = apicurio.serialize(topic, trade);
        }
        int id = client.latest(topic + "-value").id();
        assertThat(bytes[0]).isEqualTo(ConfluentWireFormat.MAGIC_BYTE);
        assertThat(ConfluentWireFormat.schemaId(bytes)).isEqualTo(id);
        Trade read = new SpecificAvroSerde<>(Trade.class, client, false).deserializer().deserialize(topic, bytes);
        assertThat(read).isEqualTo(trade);
    }

    @Test
    void bothImplementationsWriteTheSameBytesForTheSameRecordAndId() {
        String topic = "it-interop-bytes-" + System.nanoTime();
        Trade trade = AvroSerdeRoundTripTest.trade();
        byte[] ours = new SpecificAvroSerde<>(Trade.class, client, true).serializer().serialize(topic, trade);
        byte[] theirs;
        try (AvroKafkaSerializer<Trade> apicurio = new AvroKafkaSerializer<>()) {
            apicurio.configure(apicurioConfig(), false);
            theirs = apicurio.serialize(topic, trade);
        }
        assertThat(theirs).isEqualTo(ours);
    }
}
