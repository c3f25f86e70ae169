package io.tickflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.schemas.market.Trade;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bench's trade sequence stays what it was when every trade went through Trade's builder and a zoned-time
 * conversion: generating it at send time (long runs) must give the same trades as preparing it, and the same as
 * earlier sessions' figures were measured on.
 */
class SpikyTradesTest {
    /** Session 4's construction, kept as the reference. */
    private static Trade reference(long n, int tickers, int minutes, int perMinute) {
        int t = (int) (n % tickers);
        long step = n / tickers;
        int session = (int) (step / ((long) minutes * perMinute));
        int minute = (int) (step / perMinute % minutes);
        int k = (int) (step % perMinute);
        double price = (5 + t % 10 + 0.01 * minute + 0.0001 * k) * ((session + t) % 4 == 3 ? 1.15 : 1.0);
        boolean spike = minute == (session * 7 + t) % minutes;
        double size = (50 + (t * 13 + minute * 7 + k) % 100) * (spike ? 20 : 1);
        long ts = SessionClock.epochNanos(LocalDate.of(2024, 1, 2).plusDays(session),
                LocalTime.of(9, 30).plusMinutes(minute)) + k * (60_000_000_000L / perMinute);
        return Trade.newBuilder().setTicker("T" + t).setSipTs(ts).setParticipantTs(ts - 1_500).setPrice(price)
                .setSize(size).setExchange(4 + t % 8).setConditions(size < 100 ? List.of(37) : List.of())
                .setSequence(step).setTape(3).setId(Long.toString(step)).build();
    }

    @Test
    void givesTheBuilderSequenceOverSeveralSessions() {
        SpikyTrades trades = new SpikyTrades(200, 20, 10);
        // 200 tickers x 20 minutes x 10 trades = 40,000 trades a session: five sessions, gaps and spikes included
        for (long n = 0; n < 200_000; n++) {
            assertThat(trades.trade(n)).isEqualTo(reference(n, 200, 20, 10));
        }
    }

    @Test
    void givesTheSameTradeWhenAskedOutOfOrder() {
        SpikyTrades trades = new SpikyTrades(200, 20, 10);
        for (long n : new long[] {123_456, 7, 40_000, 39_999, 1_000_003, 7}) {
            assertThat(trades.trade(n)).isEqualTo(reference(n, 200, 20, 10));
        }
    }
}
