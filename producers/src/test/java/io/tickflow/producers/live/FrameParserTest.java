package io.tickflow.producers.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameParserTest {
    private static final String SOURCE = "wss://socket.polygon.io/stocks";
    private final FrameParser parser = new FrameParser(SOURCE);

    @Test
    void readsTradeWithMillisecondSipTimeAsExactNanoseconds() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"T\",\"sym\":\"MSFT\",\"x\":4,\"i\":\"12345\",\"z\":3,"
                + "\"p\":114.125,\"s\":100,\"c\":[0,12],\"t\":1536036818784,\"q\":3681328}]");

        Trade trade = ((FeedEvent.TradeEvent) events.get(0)).trade();
        // 1536036818784 ms * 1_000_000 = 1536036818784000000 ns, exact (no trip through double)
        assertThat(trade).isEqualTo(Trade.newBuilder().setTicker("MSFT").setSipTs(1_536_036_818_784_000_000L)
                .setParticipantTs(null).setTrfTs(null).setPrice(114.125).setSize(100).setExchange(4)
                .setConditions(List.of(0, 12)).setCorrection(null).setSequence(3_681_328L).setTape(3).setId("12345")
                .setTrfId(null).setSource(SOURCE).build());
    }

    @Test
    void readsTrfFieldsAndFractionalSizeFromDs() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"T\",\"sym\":\"ABRpD\",\"x\":4,\"i\":\"52983525034743\","
                + "\"z\":1,\"p\":18.5,\"s\":0,\"ds\":\"0.5\",\"t\":1700000000123,\"q\":77,\"trfi\":201,\"trft\":1700000000120}]");

        Trade trade = ((FeedEvent.TradeEvent) events.get(0)).trade();
        assertThat(trade.getTicker()).isEqualTo("ABR.PRD");
        assertThat(trade.getSize()).isEqualTo(0.5);
        assertThat(trade.getTrfId()).isEqualTo(201);
        assertThat(trade.getTrfTs()).isEqualTo(1_700_000_000_120_000_000L);
        assertThat(trade.getConditions()).isEmpty();
    }

    @Test
    void readsMinuteAggregateWithWindowStartInNanoseconds() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"AM\",\"sym\":\"GTE\",\"v\":4110,\"av\":9470157,\"op\":0.4372,"
                + "\"vw\":0.4488,\"o\":0.4488,\"c\":0.4486,\"h\":0.4489,\"l\":0.4486,\"a\":0.4352,\"z\":685,"
                + "\"s\":1610144640000,\"e\":1610144700000}]");

        Bar bar = ((FeedEvent.BarEvent) events.get(0)).bar();
        assertThat(bar).isEqualTo(Bar.newBuilder().setTicker("GTE").setWindowStart(1_610_144_640_000_000_000L)
                .setOpen(0.4488).setHigh(0.4489).setLow(0.4486).setClose(0.4486).setVolume(4110).setVwap(0.4488)
                .setTransactions(null).setSource(SOURCE).build());
    }

    @Test
    void keepsEveryEventOfAFrameInOrderWithStatusesBetween() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"status\",\"status\":\"success\",\"message\":\"subscribed to: T.*\"},"
                + "{\"ev\":\"T\",\"sym\":\"A\",\"p\":1.5,\"s\":10,\"t\":1700000000000,\"q\":1},"
                + "{\"ev\":\"T\",\"sym\":\"B\",\"p\":2.5,\"s\":20,\"t\":1700000000001,\"q\":2}]");

        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isEqualTo(new FeedEvent.Status("success", "subscribed to: T.*"));
        assertThat(((FeedEvent.TradeEvent) events.get(2)).trade().getTicker()).isEqualTo("B");
    }

    @Test
    void rejectsFrameThatIsNotJsonAsOneMalformedEventHoldingTheFrame() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"T\",\"sym\":");

        assertThat(events).singleElement().isInstanceOf(FeedEvent.Malformed.class);
        FeedEvent.Malformed bad = (FeedEvent.Malformed) events.get(0);
        assertThat(bad.raw()).isEqualTo("[{\"ev\":\"T\",\"sym\":");
        assertThat(bad.reason()).startsWith("frame is not valid JSON");
    }

    @Test
    void rejectsBadEventWithItsReasonAndTimeAndKeepsTheGoodOnes() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"T\",\"sym\":\"A\",\"p\":-1,\"s\":10,\"t\":1700000000000},"
                + "{\"ev\":\"T\",\"sym\":\"A\",\"p\":1,\"s\":10,\"t\":1700000000001}]");

        FeedEvent.Malformed bad = (FeedEvent.Malformed) events.get(0);
        assertThat(bad.reason()).isEqualTo("p must be > 0, was -1");
        assertThat(bad.inputTsNanos()).isEqualTo(1_700_000_000_000_000_000L);
        assertThat(events.get(1)).isInstanceOf(FeedEvent.TradeEvent.class);
    }

    @Test
    void rejectsEventTypesTickflowDoesNotSubscribeTo() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"Q\",\"sym\":\"A\"},{\"sym\":\"A\"}]");

        assertThat(events).extracting(e -> ((FeedEvent.Malformed) e).reason())
                .containsExactly("event type Q is not one tickflow subscribes to", "event has no ev type");
    }

    @Test
    void rejectsMinuteAggregateWhoseWindowIsNotOneWholeMinute() {
        List<FeedEvent> events = parser.parse("[{\"ev\":\"AM\",\"sym\":\"A\",\"v\":1,\"o\":1,\"c\":1,\"h\":1,\"l\":1,"
                + "\"s\":1610144640000,\"e\":1610144641000}]");

        assertThat(((FeedEvent.Malformed) events.get(0)).reason())
                .isEqualTo("window 1610144640000..1610144641000 ms is not one whole minute");
    }

    @Test
    void rejectsTimeInNanosecondsWhereTheFeedSendsMilliseconds() {
        // 1700000000000000000 ms would be year ~53 million: out of the 1990..2100 range, so it is rejected
        List<FeedEvent> events = parser.parse("[{\"ev\":\"T\",\"sym\":\"A\",\"p\":1,\"s\":1,\"t\":1700000000000000000}]");

        assertThat(events.get(0)).isInstanceOf(FeedEvent.Malformed.class);
    }
}
