package io.tickflow.producers.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.market.Trade;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonFlatFileWriterTest {

    @Test
    void writesTradeRowInPolygonColumnOrderWithQuotedConditionList() {
        Trade trade = Trade.newBuilder().setTicker("A").setConditions(List.of(12, 37)).setCorrection(0)
                .setExchange(11).setId("52983525035312").setParticipantTs(1712306654208705342L).setPrice(142.99)
                .setSequence(3807L).setSipTs(1712306654208740096L).setSize(5).setTape(1).setTrfId(null)
                .setTrfTs(null).setSource(null).build();

        assertThat(PolygonFlatFileWriter.tradeRow(trade)).isEqualTo(
                "A,\"12,37\",0,11,52983525035312,1712306654208705342,142.99,3807,1712306654208740096,5,1,0,0");
    }

    @Test
    void writesNumbersInShortestPlainForm() {
        assertThat(PolygonFlatFileWriter.decimal(143.0)).isEqualTo("143");
        assertThat(PolygonFlatFileWriter.decimal(100.0)).isEqualTo("100");
        assertThat(PolygonFlatFileWriter.decimal(0.5123)).isEqualTo("0.5123");
        assertThat(PolygonFlatFileWriter.decimal(2.1)).isEqualTo("2.1");
    }
}
