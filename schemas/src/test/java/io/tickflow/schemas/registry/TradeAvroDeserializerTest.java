package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.StubRegistryServer.Canned;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TradeAvroDeserializerTest {
    private static final int SCHEMA_ID = 7;
    private static final Comparator<Double> BIT_FOR_BIT =
            Comparator.comparingLong(d -> Double.doubleToRawLongBits(d));
    private StubRegistryServer registry;
    private SchemaRegistryClient client;

    @BeforeEach
    void registry() throws IOException {
        registry = new StubRegistryServer(schemaAnswer(Trade.getClassSchema()));
        client = new SchemaRegistryClient(registry.url());
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void readsTheSameTradesAsTheResolvingPathOnManyRecords() throws IOException {
        TradeAvroDeserializer fast = new TradeAvroDeserializer(client);
        SpecificAvroDeserializer<Trade> resolving = new SpecificAvroDeserializer<>(Trade.class, client);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            byte[] payload = payload(randomTrade(random));

            Trade read = fast.deserialize("trades", payload);

            // field by field, doubles bit for bit (Avro's equals tells NaN from NaN); conditions element by element
            assertThat(read).usingRecursiveComparison().withComparatorForType(BIT_FOR_BIT, Double.class)
                    .isEqualTo(resolving.deserialize("trades", payload));
        }
        assertThat(registry.received()).hasSize(1); // the writer schema is fetched once per id
    }

    @Test
    void readsArrayBlocksWrittenWithTheirByteSize() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {2, 'A', 2, 0, 0}); // ticker "A" (zig-zag length 1), sip_ts 1, two null unions
        body.writeBytes(new byte[16]); // price and size 0.0
        body.write(0); // exchange null
        // conditions [12, 37] as one block of count -2 (zig-zag 3; negative: a byte size follows, 2 = zig-zag 4),
        // 12 and 37 (zig-zag 24 and 74), then the end block 0
        body.writeBytes(new byte[] {3, 4, 24, 74, 0});
        body.writeBytes(new byte[6]); // correction, sequence, tape, id, trf_id, source: null
        Trade read = new TradeAvroDeserializer(client).deserialize("trades",
                ConfluentWireFormat.frame(SCHEMA_ID, body.toByteArray()));

        assertThat(read.getTicker()).isEqualTo("A");
        assertThat(read.getSipTs()).isEqualTo(1L);
        assertThat(read.getConditions()).containsExactly(12, 37);
    }

    @Test
    void reportsATruncatedBodyAsASerializationError() throws IOException {
        byte[] payload = payload(randomTrade(new SplittableRandom(1)));
        byte[] truncated = java.util.Arrays.copyOf(payload, payload.length - 3);

        assertThatThrownBy(() -> new TradeAvroDeserializer(client).deserialize("trades", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated or not Avro binary");
    }

    @Test
    void recordsOfAnotherWriterSchemaGoThroughSchemaResolution() throws IOException {
        registry.close();
        Schema older = withoutSource(Trade.getClassSchema());
        registry = new StubRegistryServer(schemaAnswer(older));
        client = new SchemaRegistryClient(registry.url());
        Trade trade = randomTrade(new SplittableRandom(3));
        trade.setSource(null); // the older writer has no source field: the reader's default (null) applies
        byte[] payload = ConfluentWireFormat.frame(SCHEMA_ID, body(trade, older));

        assertThat(new TradeAvroDeserializer(client).deserialize("trades", payload)).isEqualTo(trade);
    }

    private static Trade randomTrade(SplittableRandom r) {
        List<Integer> conditions = new ArrayList<>();
        int n = r.nextInt(5) == 0 ? r.nextInt(70) : r.nextInt(3); // long arrays: multi-byte counts
        for (int i = 0; i < n; i++) {
            conditions.add(r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(64));
        }
        return Trade.newBuilder()
                .setTicker(r.nextInt(10) == 0 ? "BRK.B" + r.nextInt(1000) : "ÄBC€" + r.nextInt(100))
                .setSipTs(r.nextLong())
                .setParticipantTs(r.nextBoolean() ? null : r.nextLong())
                .setTrfTs(r.nextBoolean() ? null : r.nextLong(-5, 5))
                .setPrice(r.nextInt(20) == 0 ? Double.NaN : r.nextDouble(-1, 5000))
                .setSize(r.nextInt(20) == 0 ? Double.NEGATIVE_INFINITY : r.nextInt(1_000_000) / 7.0)
                .setExchange(r.nextBoolean() ? null : r.nextInt())
                .setConditions(conditions)
                .setCorrection(r.nextBoolean() ? null : r.nextInt(13))
                .setSequence(r.nextBoolean() ? null : r.nextLong(Long.MIN_VALUE, Long.MAX_VALUE))
                .setTape(r.nextBoolean() ? null : r.nextInt(1, 4))
                .setId(r.nextBoolean() ? null : r.nextInt(5) == 0 ? "" : "id-" + r.nextLong())
                .setTrfId(r.nextBoolean() ? null : r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE))
                .setSource(r.nextBoolean() ? null : "file:/data/trades/" + r.nextInt() + ".csv.gz")
                .build();
    }

    private static byte[] payload(Trade trade) throws IOException {
        return ConfluentWireFormat.frame(SCHEMA_ID, body(trade, Trade.getClassSchema()));
    }

    private static byte[] body(Trade trade, Schema writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<Trade>(writer).write(trade, encoder);
        encoder.flush();
        return bytes.toByteArray();
    }

    private static Schema withoutSource(Schema schema) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : schema.getFields()) {
            if (!f.name().equals("source")) {
                fields.add(new Schema.Field(f, f.schema()));
            }
        }
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Canned schemaAnswer(Schema schema) throws IOException {
        return new Canned(200, new ObjectMapper().writeValueAsString(Map.of("schema", schema.toString())));
    }
}
