package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.registry.StubRegistryServer.Canned;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TradeAvroSerializerTest {
    private StubRegistryServer registry;
    private SchemaRegistryClient client;

    @BeforeEach
    void registry() throws IOException {
        registry = new StubRegistryServer(new Canned(200, "{\"id\":7}"));
        client = new SchemaRegistryClient(registry.url());
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void writesTheBytesOfTheGeneralSerializerOnManyRecords() {
        TradeAvroSerializer direct = new TradeAvroSerializer(client);
        SpecificAvroSerializer<Trade> general = new SpecificAvroSerializer<>(client, true);
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 50_000; i++) {
            Trade trade = randomTrade(random);

            assertThat(direct.serialize("trades", trade)).as(trade.toString())
                    .isEqualTo(general.serialize("trades", trade));
        }
    }

    @Test
    void takesTheSchemaIdOfEachTopicFromTheRegistry() {
        TradeAvroSerializer direct = new TradeAvroSerializer(client);
        Trade trade = randomTrade(new SplittableRandom(1));

        direct.serialize("trades", trade);
        direct.serialize("trades", trade);
        direct.serialize("trades-copy", trade);

        // one registration per topic: the first trade of a topic goes through the general serializer
        assertThat(registry.received()).hasSize(2);
        assertThat(ConfluentWireFormat.schemaId(direct.serialize("trades-copy", trade))).isEqualTo(7);
    }

    @Test
    void refusesATradeWithoutTickerAsTheGeneralSerializerDoes() {
        TradeAvroSerializer direct = new TradeAvroSerializer(client);
        Trade good = randomTrade(new SplittableRandom(2));
        direct.serialize("trades", good);
        Trade noTicker = Trade.newBuilder(good).build();
        noTicker.setTicker(null);

        assertThatThrownBy(() -> direct.serialize("trades", noTicker)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("trades-value");
        assertThat(direct.serialize("trades", null)).isNull();
    }

    /** Every field's edge: nulls, negative and large numbers, NaN, long arrays, non-ASCII text, a lone surrogate. */
    private static Trade randomTrade(SplittableRandom r) {
        List<Integer> conditions = new ArrayList<>();
        int n = r.nextInt(5) == 0 ? r.nextInt(200) : r.nextInt(3); // long arrays: multi-byte counts
        for (int i = 0; i < n; i++) {
            conditions.add(r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(64));
        }
        return new Trade(pick(r, "A", "BRK.B", "ÄBC€", "\uD800x", "", "Z".repeat(300)), r.nextLong(),
                r.nextBoolean() ? null : r.nextLong(), r.nextBoolean() ? null : r.nextLong(-5, 5),
                r.nextInt(20) == 0 ? Double.NaN : r.nextDouble(-1, 5000),
                r.nextInt(20) == 0 ? Double.NEGATIVE_INFINITY : r.nextInt(1_000_000) / 7.0,
                r.nextBoolean() ? null : r.nextInt(), conditions, r.nextBoolean() ? null : r.nextInt(13),
                r.nextBoolean() ? null : r.nextLong(Long.MIN_VALUE, Long.MAX_VALUE),
                r.nextBoolean() ? null : r.nextInt(1, 4), r.nextBoolean() ? null : pick(r, "", "id-" + r.nextLong(), "é"),
                r.nextBoolean() ? null : r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE),
                r.nextBoolean() ? null : "/data/trades/" + r.nextInt() + ".csv.gz");
    }

    private static String pick(SplittableRandom r, String... values) {
        return values[r.nextInt(values.length)];
    }
}
