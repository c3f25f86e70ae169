package io.tickflow.cli.bench;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.topics.Topics;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Synthetic minute bars that make the alert rules fire often, for the latency benchmark: {@code tickers} tickers,
 * sessions of {@code minutes} minutes from 09:30, bar n being ticker n mod tickers at step n / tickers. Prices rise
 * through each session (an opening-range breakout once the 5-minute range is set), one minute per ticker-session has
 * 20× volume (a volume spike from the second session on), and every fourth session of a ticker opens 15% up (a gap).
 * So about 2.5 alerts fire per ticker-session, spread over the session's minutes.
 */
final class SpikyMinuteBars {
    private static final LocalDate FIRST_SESSION = LocalDate.of(2024, 1, 2);

    private final int tickers;
    private final int minutes;

    SpikyMinuteBars(int tickers, int minutes) {
        this.tickers = tickers;
        this.minutes = minutes;
    }

    String ticker(long n) {
        return "T" + (n % tickers);
    }

    /** Bar n as a bars.1m record, record time = its window start. */
    ProducerRecord<String, Bar> record(long n) {
        Bar bar = bar(n);
        return new ProducerRecord<>(Topics.BARS_1M.name(), null, bar.getWindowStart() / 1_000_000L, bar.getTicker(), bar);
    }

    Bar bar(long n) {
        int t = (int) (n % tickers);
        long step = n / tickers;
        int session = (int) (step / minutes);
        int minute = (int) (step % minutes);
        double price = (5 + t % 10 + 0.01 * minute) * ((session + t) % 4 == 3 ? 1.15 : 1.0);
        boolean spike = minute == (session * 7 + t) % minutes;
        double volume = (1000 + (t * 13 + minute * 7) % 500) * (spike ? 20 : 1);
        long start = SessionClock.epochNanos(FIRST_SESSION.plusDays(session), LocalTime.of(9, 30).plusMinutes(minute));
        return Bar.newBuilder().setTicker(ticker(n)).setWindowStart(start).setOpen(price).setHigh(price + 0.005)
                .setLow(price - 0.005).setClose(price).setVolume(volume).setVwap(null).setTransactions(null)
                .setSource(null).build();
    }
}
