package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.StubRegistryServer.Canned;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.Test;

class SpecificAvroSerializerTest {

    private static final int SCHEMA_ID = 7;
    private static final List<String> TEXTS = List.of("AAPL", "BRK.A", "ABR.PRA", "", "Société Générale", "日本郵船",
            "📈 up", "quote \" and , comma", "x".repeat(300));

    @Test
    void writesTheSameBytesAsTheSchemaWalkingWriterForTenThousandTrades() throws Exception {
        Random random = new Random(42);
        List<Trade> trades = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            trades.add(trade(random));
        }
        assertSameBytesAsSchemaWalk("trades", trades);
    }

    @Test
    void writesTheSameBytesAsTheSchemaWalkingWriterForBars() throws Exception {
        Random random = new Random(7);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            bars.add(Bar.newBuilder().setTicker(pick(random)).setWindowStart(random.nextLong())
                    .setOpen(random.nextDouble()).setHigh(random.nextDouble()).setLow(-random.nextDouble())
                    .setClose(random.nextDouble()).setVolume(random.nextDouble() * 1e9)
                    .setVwap(random.nextBoolean() ? null : random.nextDouble())
                    .setTransactions(random.nextBoolean() ? null : random.nextLong())
                    .setSource(random.nextBoolean() ? null : pick(random)).build());
        }
        assertSameBytesAsSchemaWalk("bars", bars);
    }

    @Test
    void writesASmallRecordCorrectlyAfterOneLargerThanTheKeptBuffer() throws Exception {
        Random random = new Random(1);
        Trade huge = Trade.newBuilder(trade(random)).setSource("s".repeat(3 << 20)).build(); // 3 MiB > 1 MiB kept
        Trade small = trade(random);
        assertSameBytesAsSchemaWalk("trades", List.of(small, huge, small, huge, small));
    }

    private static <T extends SpecificRecordBase> void assertSameBytesAsSchemaWalk(String topic, List<T> records)
            throws Exception {
        try (StubRegistryServer registry = new StubRegistryServer(new Canned(200, "{\"id\":" + SCHEMA_ID + "}"))) {
            SchemaRegistryClient client = new SchemaRegistryClient(new RegistryClientSettings(registry.url(), 1,
                    Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofSeconds(10), Duration.ofSeconds(2)));
            SpecificAvroSerializer<T> serializer = new SpecificAvroSerializer<>(client, true);
            for (T record : records) {
                assertThat(serializer.serialize(topic, record)).as("%s", record).isEqualTo(schemaWalk(record));
            }
        }
    }

    /** The Confluent frame around what Avro's default specific writer (custom coders off) writes. */
    private static byte[] schemaWalk(SpecificRecordBase record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, 0, 0, 0, SCHEMA_ID});
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<SpecificRecordBase>(record.getSchema(), SpecificData.get()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /** Every nullable field null about half the time; unicode and empty texts; 0 to 4 conditions. */
    private static Trade trade(Random random) {
        List<Integer> conditions = new ArrayList<>();
        for (int c = random.nextInt(5); c > 0; c--) {
            conditions.add(random.nextInt());
        }
        return Trade.newBuilder().setTicker(pick(random)).setSipTs(random.nextLong())
                .setParticipantTs(random.nextBoolean() ? null : random.nextLong())
                .setTrfTs(random.nextBoolean() ? null : random.nextLong())
                .setPrice(random.nextDouble() * 1000).setSize(random.nextInt(10_000) + random.nextDouble())
                .setExchange(random.nextBoolean() ? null : random.nextInt(100))
                .setConditions(conditions)
                .setCorrection(random.nextBoolean() ? null : random.nextInt(13))
                .setSequence(random.nextBoolean() ? null : random.nextLong())
                .setTape(random.nextBoolean() ? null : 1 + random.nextInt(3))
                .setId(random.nextBoolean() ? null : pick(random))
                .setTrfId(random.nextBoolean() ? null : random.nextInt())
                .setSource(random.nextBoolean() ? null : pick(random))
                .build();
    }

    private static String pick(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }
}
