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

    SpikyTrades(int tickers, int minutes, int perMinute) {
        this.tickers = tickers;
        this.minutes = minutes;
        this.perMinute = perMinute;
    }

    /** Trade n as a trades record, record time = its SIP time. */
    ProducerRecord<String, Trade> record(long n) {
        Trade trade = trade(n);
        return new ProducerRecord<>(Topics.TRADES.name(), null, trade.getSipTs() / 1_000_000L, trade.getTicker(), trade);
    }

    Trade trade(long n) {
        int t = (int) (n % tickers);
        long step = n / tickers;
        int session = (int) (step / ((long) minutes * perMinute));
        int minute = (int) (step / perMinute % minutes);
        int k = (int) (step % perMinute);
        double price = (5 + t % 10 + 0.01 * minute + 0.0001 * k) * ((session + t) % 4 == 3 ? 1.15 : 1.0);
        boolean spike = minute == (session * 7 + t) % minutes;
        double size = (50 + (t * 13 + minute * 7 + k) % 100) * (spike ? 20 : 1);
        long ts = SessionClock.epochNanos(FIRST_SESSION.plusDays(session), LocalTime.of(9, 30).plusMinutes(minute))
                + k * (60_000_000_000L / perMinute);
        return Trade.newBuilder().setTicker("T" + t).setSipTs(ts).setParticipantTs(ts - 1_500).setPrice(price)
                .setSize(size).setExchange(4 + t % 8).setConditions(size < 100 ? ODD_LOT : NO_CONDITIONS)
                .setSequence(step).setTape(3).setId(Long.toString(step)).build();
    }
}
