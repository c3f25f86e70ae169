package io.tickflow.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.universe.InfoRichFlag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebStateTest {
    private static final LocalDate MON = LocalDate.of(2024, 3, 4);
    private static final LocalDate TUE = LocalDate.of(2024, 3, 5);

    @Test
    void boardKeepsTheNewestAlertsFirstAndDropsTheOldestBeyondCapacity() {
        AlertBoard board = new AlertBoard(2);
        board.add(alert("a"));
        board.add(alert("b"));
        board.add(alert("c"));
        assertThat(board.newestFirst()).extracting(Alert::getId).containsExactly("c", "b");
    }

    @Test
    void boardShowsAnAlertReadTwiceOnce() {
        AlertBoard board = new AlertBoard(5);
        assertThat(board.add(alert("a"))).isTrue();
        assertThat(board.add(alert("a"))).isFalse();
        assertThat(board.newestFirst()).hasSize(1);
    }

    @Test
    void watchlistHoldsThePassingTickersOfTheLatestSessionOnly() {
        Watchlist list = new Watchlist();
        assertThat(list.apply(flag("AAA", MON, true))).isTrue();
        assertThat(list.apply(flag("BBB", TUE, true))).isTrue(); // a newer session starts a new list
        assertThat(list.apply(flag("CCC", MON, true))).isFalse(); // an older session changes nothing
        assertThat(list.apply(flag("DDD", TUE, false))).isFalse(); // failing, and not on the list
        assertThat(list.session()).isEqualTo(TUE);
        assertThat(list.tickers()).extracting(InfoRichFlag::getTicker).containsExactly("BBB");
    }

    @Test
    void watchlistDropsATickerWhoseLaterFlagOfTheSameSessionFails() {
        Watchlist list = new Watchlist();
        list.apply(flag("AAA", MON, true));
        assertThat(list.apply(flag("AAA", MON, true))).as("same flag again").isFalse();
        assertThat(list.apply(flag("AAA", MON, false))).isTrue();
        assertThat(list.tickers()).isEmpty();
    }

    @Test
    void newClientGetsASnapshotNumberedWithTheLastEventId() {
        EventLog log = new EventLog(10, 10);
        log.publish("alert", "{}");
        log.publish("alert", "{}");
        EventLog.Subscription s = log.subscribe(-1, id -> List.of(new EventLog.Event(id, "alerts", "[]")));
        assertThat(s.catchUp()).containsExactly(new EventLog.Event(2, "alerts", "[]"));
    }

    @Test
    void reconnectingClientGetsExactlyTheEventsAfterItsLastEventId() {
        EventLog log = new EventLog(10, 10);
        for (int i = 1; i <= 4; i++) {
            log.publish("alert", "{\"n\":" + i + "}");
        }
        EventLog.Subscription s = log.subscribe(2, id -> List.of());
        assertThat(s.catchUp()).extracting(EventLog.Event::id).containsExactly(3L, 4L);
        log.publish("alert", "{\"n\":5}");
        assertThat(s.queue().poll().id()).isEqualTo(5);
    }

    @Test
    void clientOlderThanTheHistoryGetsASnapshotInstead() {
        EventLog log = new EventLog(2, 10);
        for (int i = 1; i <= 5; i++) {
            log.publish("alert", "{}"); // history keeps 4 and 5
        }
        EventLog.Subscription s = log.subscribe(1, id -> List.of(new EventLog.Event(id, "alerts", "[]")));
        assertThat(s.catchUp()).containsExactly(new EventLog.Event(5, "alerts", "[]"));
    }

    @Test
    void slowClientIsCutOffInsteadOfLosingEvents() {
        EventLog log = new EventLog(10, 1);
        EventLog.Subscription s = log.subscribe(-1, id -> List.of());
        log.publish("alert", "{}");
        log.publish("alert", "{}"); // queue of 1 is full
        assertThat(s.overflowed()).isTrue();
        assertThat(log.subscribers()).isZero();
    }

    @Test
    void eventWireFormatIsOneSseMessage() {
        assertThat(new EventLog.Event(7, "alert", "{\"a\":1}").wireFormat())
                .isEqualTo("id: 7\nevent: alert\ndata: {\"a\":1}\n\n");
    }

    @Test
    void alertJsonIsOneLineWithIsoTimesAndKeepsMarkupAsText() {
        Alert a = Alert.newBuilder(alert("x1")).setTicker("<img src=x onerror=alert(1)>")
                .setMessage("line1\nline2").setValues(Map.of("rvol", Double.NaN)).build();
        String json = WebJson.write(WebJson.alert(a));
        assertThat(json).doesNotContain("\n")
                .contains("\"ticker\":\"<img src=x onerror=alert(1)>\"")
                .contains("\"message\":\"line1\\nline2\"")
                .contains("\"rvol\":\"NaN\"") // Jackson quotes non-finite numbers: still valid JSON
                // 1_709_564_400_000_000_000 ns = 2024-03-04T15:00:00Z (10:00 New York)
                .contains("\"event_time\":\"2024-03-04T15:00:00Z\"");
    }

    static Alert alert(String id) {
        return Alert.newBuilder().setId(id).setKind("info_rich_crossing").setTicker("ABC").setSession(MON)
                .setEventTs(1_709_564_400_000_000_000L).setValues(Map.of("rvol", 3.0))
                .setThresholds(Map.of("rvol", 2.0)).setMessage("ABC crossed").build();
    }

    static InfoRichFlag flag(String ticker, LocalDate date, boolean passes) {
        return InfoRichFlag.newBuilder().setTicker(ticker).setDate(date).setInfoRich(passes).setRvol30(2.5)
                .setPctChgD(0.2).setDollarVolD(6e6).setCloseD(5.0).setMarketCap(null).setPassRvol(passes)
                .setPassPctchg(true).setPassDvol(true).setPassPrice(true).setPassCap(true).setCapUnknown(true)
                .setDaysInfoRich252(1).build();
    }
}
