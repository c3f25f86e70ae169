package io.tickflow.cli.bench;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.topics.Topics;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Synthetic trades that make the alert rules fire at a steady rate, for the latency benchmark: {@code tickers}
 * tickers, trade n being ticker n mod tickers at step n / tickers; each ticker-session has {@code minutes} minutes
 * from 09:30 of {@code perMinute} trades each, evenly spaced. Prices rise through each session (an opening-range
 * breakout on the first trade after the 5-minute range), one minute per ticker-session trades 20× the usual sizes
 * (a volume spike within that minute, from the second session on), and every fourth session of a ticker opens 15% up
 * (a gap). So about 2.5 alerts fire per ticker-session. Records look like the replay's: exchange, tape, sequence,
 * participant time, an id and an odd-lot condition on small prints, so decoding costs what it costs on real tapes.
 */
final class SpikyTrades {
    private static final LocalDate FIRST_SESSION = LocalDate.of(2024, 1, 2);
    private static final List<Integer> NO_CONDITIONS = List.of();
    private static final List<Integer> ODD_LOT = List.of(37);

    private final int tickers;
    private final int minutes;
    private final int perMinute;
    private final String[] tickerNames;
    /** The start of the last (session, minute) asked for, epoch ns: it changes once per tickers × perMinute trades. */
    private long memoSessionMinute = -1;
    private long memoMinuteStartNanos;

    /** Not thread-safe (a one-minute memo): one generating thread per instance. */
    SpikyTrades(int tickers, int minutes, int perMinute) {
        this.tickers = tickers;
        this.minutes = minutes;
        this.perMinute = perMinute;
        this.tickerNames = new String[tickers];
        for (int t = 0; t < tickers; t++) {
            tickerNames[t] = "T" + t;
        }
    }

    /** Trade n as a trades record, record time = its SIP time. */
    ProducerRecord<String, Trade> record(long n) {
        Trade trade = trade(n);
        return new ProducerRecord<>(Topics.TRADES.name(), null, trade.getSipTs() / 1_000_000L, trade.getTicker(), trade);
    }

    /**
     * Trade n. Built with the all-args constructor (fields the builder would default are null, the schema's
     * defaults) and the minute's start memoized: the bench generates its input at send time for long runs, and the
     * builder's checks and a zoned-time conversion per trade were most of that cost.
     */
    Trade trade(long n) {
        int t = (int) (n % tickers);
        long step = n / tickers;
        int session = (int) (step / ((long) minutes * perMinute));
        int minute = (int) (step / perMinute % minutes);
        int k = (int) (step % perMinute);
        double price = (5 + t % 10 + 0.01 * minute + 0.0001 * k) * ((session + t) % 4 == 3 ? 1.15 : 1.0);
        boolean spike = minute == (session * 7 + t) % minutes;
        double size = (50 + (t * 13 + minute * 7 + k) % 100) * (spike ? 20 : 1);
        long ts = minuteStartNanos(session, minute) + k * (60_000_000_000L / perMinute);
        return new Trade(tickerNames[t], ts, ts - 1_500, null, price, size, 4 + t % 8,
                size < 100 ? ODD_LOT : NO_CONDITIONS, null, step, 3, Long.toString(step), null, null);
    }

    private long minuteStartNanos(int session, int minute) {
        long key = (long) session * minutes + minute;
        if (key != memoSessionMinute) {
            memoMinuteStartNanos = SessionClock.epochNanos(FIRST_SESSION.plusDays(session),
                    LocalTime.of(9, 30).plusMinutes(minute));
            memoSessionMinute = key;
        }
        return memoMinuteStartNanos;
    }
}
