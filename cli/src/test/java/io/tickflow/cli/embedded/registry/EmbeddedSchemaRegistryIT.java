package io.tickflow.cli.embedded.registry;

import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V1;
import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V2_REQUIRED_VENUE;
import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V2_WITH_DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.AvroSerdeConfig;
import io.tickflow.schemas.registry.GenericAvroDeserializer;
import io.tickflow.schemas.registry.GenericAvroSerializer;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.registry.SchemaRegistryException;
import io.tickflow.schemas.registry.SpecificAvroDeserializer;
import io.tickflow.schemas.registry.SpecificAvroSerializer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded registry persisted in {@code _schemas} of a real KRaft broker, with tickflow's serdes
 * configured the Kafka way (class names and {@code schema.registry.url}). The broker and its
 * {@code _schemas} are shared by the run, so each test uses its own subjects and compares ids relatively.
 */
@ExtendWith(SharedKafka.class)
class EmbeddedSchemaRegistryIT {

    private EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(SharedKafka.bootstrapServers(), 0);

    @AfterEach
    void stop() {
        registry.close();
    }

    private static String unique(String name) {
        return "it-registry-" + name + "-" + System.nanoTime();
    }

    @Test
    void roundTripsGeneratedTradesThroughTheBroker() throws Exception {
        String topic = unique("trades");
        Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url());
        Trade first = AvroSerdeRoundTripTest.trade();
        Trade second = Trade.newBuilder(first).setPrice(21.40).setParticipantTs(1_700_000_000_123_000_000L).build();
        Map<String, Trade> trades = new LinkedHashMap<>();
        trades.put("ABR.PRA", first);
        trades.put("ABR.PRB", second);
        RegistryRecords.produce(SharedKafka.bootstrapServers(), topic, SpecificAvroSerializer.class, config, trades);
        // the no-argument deserializer finds io.tickflow.schemas.market.Trade by the writer schema's name
        List<Trade> read = RegistryRecords.consume(SharedKafka.bootstrapServers(), topic,
                SpecificAvroDeserializer.class, config, 2);
        assertThat(read).containsExactly(first, second);
        assertThat(new SchemaRegistryClient(registry.url()).latest(topic + "-value").schema())
                .isEqualTo(Trade.getClassSchema());
    }

    @Test
    void roundTripsGenericRecordsThroughTheBroker() throws Exception {
        String topic = unique("quotes");
        Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url());
        GenericRecord quote = new GenericRecordBuilder(QUOTE_V1).set("ticker", "GME").set("bid", 20.5).build();
        RegistryRecords.produce(SharedKafka.bootstrapServers(), topic, GenericAvroSerializer.class, config,
                Map.of("GME", quote));
        List<GenericRecord> read = RegistryRecords.consume(SharedKafka.bootstrapServers(), topic,
                GenericAvroDeserializer.class, config, 1);
        assertThat(read).containsExactly(quote);
    }

    @Test
    void keepsIdsAcrossARestartAndGivesNewSchemasFreshIds() {
        String subject = unique("restart") + "-value";
        int v1 = new SchemaRegistryClient(registry.url()).register(subject, QUOTE_V1);
        registry.close();

        registry = EmbeddedSchemaRegistry.start(SharedKafka.bootstrapServers(), 0);
        SchemaRegistryClient fresh = new SchemaRegistryClient(registry.url());
        assertThat(fresh.schemaById(v1)).isEqualTo(QUOTE_V1);
        assertThat(fresh.latest(subject).id()).isEqualTo(v1);
        assertThat(fresh.register(subject, QUOTE_V1)).isEqualTo(v1);
        int v2 = fresh.register(subject, QUOTE_V2_WITH_DEFAULT);
        assertThat(v2).isGreaterThan(v1);
        assertThat(fresh.latest(subject).version()).isEqualTo(2);
        assertThat(fresh.schemaById(v1)).isEqualTo(QUOTE_V1);
    }

    @Test
    void rejectsAnIncompatibleChangeWith409NamingSubjectAndAvroMessage() {
        String subject = unique("incompatible") + "-value";
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        client.register(subject, QUOTE_V1);
        assertThatThrownBy(() -> client.register(subject, QUOTE_V2_REQUIRED_VENUE))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.subject()).isEqualTo(subject);
                })
                .hasMessageContaining("rejected subject '" + subject + "'")
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE")
                .hasMessageContaining("message:venue");
    }
}
