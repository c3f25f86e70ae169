package io.tickflow.producers.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.shortdata.ShortVolume;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampShiftTest {
    /** 2024-03-05 14:30:00 UTC = 09:30 New York (EST). */
    private static final long MARCH_5_OPEN = 1_709_649_000_000_000_000L;
    private static final long HOUR = 3_600_000_000_000L;
    private static final long DAY = 24 * HOUR;

    @Test
    void shiftsEveryTimeFieldOfATradeAndKeepsNullsNull() {
        Trade trade = trade(MARCH_5_OPEN, MARCH_5_OPEN - 7, null);

        Trade shifted = (Trade) new TimestampShift(3 * DAY + 11).apply(trade);

        assertThat(shifted.getSipTs()).isEqualTo(MARCH_5_OPEN + 3 * DAY + 11);
        assertThat(shifted.getParticipantTs()).isEqualTo(MARCH_5_OPEN - 7 + 3 * DAY + 11);
        assertThat(shifted.getTrfTs()).isNull();
        assertThat(shifted.getPrice()).isEqualTo(trade.getPrice());
        assertThat(trade.getSipTs()).isEqualTo(MARCH_5_OPEN); // the input is not mutated
    }

    @Test
    void shiftsWindowStartOfAMinuteBar() {
        Bar bar = Bar.newBuilder().setTicker("A").setWindowStart(MARCH_5_OPEN).setOpen(1).setHigh(1).setLow(1)
                .setClose(1).setVolume(5).build();

        assertThat(((Bar) new TimestampShift(-DAY).apply(bar)).getWindowStart()).isEqualTo(MARCH_5_OPEN - DAY);
    }

    @Test
    void movesTradeDateOfShortVolumeByTheNewYorkDaysItsPublicationMoved() {
        // published 2024-03-05 18:00 NY = 23:00 UTC; + 2 days 7 hours = 2024-03-08 01:00 NY: three NY dates later
        long published = MARCH_5_OPEN + 8 * HOUR + 30 * 60_000_000_000L;
        ShortVolume row = ShortVolume.newBuilder().setTradeDate(LocalDate.of(2024, 3, 5)).setSymbol("A")
                .setSourceSymbol("A").setShortVolume(1).setShortExemptVolume(0).setTotalVolume(2).setMarket("Q")
                .setSourceFile("CNMSshvol20240305.txt").setPublishedTs(published).build();

        ShortVolume shifted = (ShortVolume) new TimestampShift(2 * DAY + 7 * HOUR).apply(row);

        assertThat(shifted.getPublishedTs()).isEqualTo(published + 2 * DAY + 7 * HOUR);
        assertThat(shifted.getTradeDate()).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void routeEventTimeMovesWithItsRecord() {
        ReplayRoute route = ReplayRoute.of(trade(MARCH_5_OPEN, null, null)).orElseThrow();

        ReplayRoute shifted = TimestampShift.between(MARCH_5_OPEN, MARCH_5_OPEN + DAY).apply(route);

        assertThat(shifted.eventNanos()).isEqualTo(MARCH_5_OPEN + DAY);
        assertThat(((Trade) shifted.value()).getSipTs()).isEqualTo(MARCH_5_OPEN + DAY);
        assertThat(shifted.topic()).isEqualTo("trades");
        assertThat(shifted.key()).isEqualTo("A");
    }

    @Test
    void asLiveAnchorsFirstRecordAtNowAndKeepsTheSpacingUntilReanchored() {
        Instant now = Instant.parse("2025-06-02T14:00:00.000000123Z");
        AsLiveShift shift = AsLiveShift.toNow(Clock.fixed(now, ZoneOffset.UTC));
        long nowNanos = now.getEpochSecond() * 1_000_000_000L + 123;

        List<Long> sent = List.of(MARCH_5_OPEN, MARCH_5_OPEN + 250).stream()
                .map(ts -> shift.apply(ReplayRoute.of(trade(ts, null, null)).orElseThrow()).eventNanos()).toList();
        shift.reanchor();
        long nextDay = shift.apply(ReplayRoute.of(trade(MARCH_5_OPEN + DAY, null, null)).orElseThrow()).eventNanos();

        assertThat(sent).containsExactly(nowNanos, nowNanos + 250);
        assertThat(nextDay).isEqualTo(nowNanos);
    }

    @Test
    void asLiveOffLeavesRecordsAlone() {
        ReplayRoute route = ReplayRoute.of(trade(MARCH_5_OPEN, null, null)).orElseThrow();

        assertThat(AsLiveShift.off().apply(route)).isSameAs(route);
    }

    private static Trade trade(long sipTs, Long participantTs, Long trfTs) {
        return Trade.newBuilder().setTicker("A").setSipTs(sipTs).setParticipantTs(participantTs).setTrfTs(trfTs)
                .setPrice(2.5).setSize(100).build();
    }
}
