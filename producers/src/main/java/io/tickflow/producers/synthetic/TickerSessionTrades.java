package io.tickflow.producers.synthetic;

import io.tickflow.schemas.market.Trade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The trades of one ticker in one session, in SIP time order, with every column a Polygon flat file
 * carries: times, price, size, venue, conditions, ids, sequence numbers and TRF fields.
 *
 * <p>Timestamps follow how prints reach the tape: an exchange print is stamped by the exchange
 * (participant) some tens to hundreds of microseconds before the SIP stamps it; a TRF print is
 * executed off-exchange, reported to the TRF milliseconds to seconds later (FINRA allows 10 s), and
 * then stamped by the SIP.
 */
final class TickerSessionTrades {

    private static final int MAX_EXCHANGE_ID = 32;
    private static final long MAX_TRF_DELAY_NANOS = 10_000_000_000L;

    private TickerSessionTrades() {
    }

    static List<Trade> generate(LocalDate date, TickerProfile profile, SessionPlan plan, PriceWalk walk,
                                SyntheticRandom random) {
        long[] sipTimes = IntradayTimes.draw(date, plan, random);
        long regularOpen = IntradayTimes.epochNanos(date, IntradayTimes.REGULAR_OPEN);
        long regularClose = IntradayTimes.epochNanos(date, IntradayTimes.REGULAR_CLOSE);
        double sigma = plan.dailyVolatility() / StrictMath.sqrt(sipTimes.length);
        double drift = plan.logDrift() / sipTimes.length;
        long[] idCounters = new long[MAX_EXCHANGE_ID];
        long sequence = 1_000 + random.nextInt(50_000);
        List<Trade> trades = new ArrayList<>(sipTimes.length);
        for (long sipTs : sipTimes) {
            boolean extended = sipTs < regularOpen || sipTs >= regularClose;
            sequence += 1 + (random.chance(0.3) ? random.nextInt(4) : 0);
            Trade.Builder trade = Trade.newBuilder()
                    .setTicker(profile.ticker())
                    .setSipTs(sipTs)
                    .setPrice(walk.step(random, sigma, drift))
                    .setCorrection(0)
                    .setSequence(sequence)
                    .setTape(profile.tape())
                    .setSource(null);
            venueAndConditions(trade, random, profile, plan, extended, idCounters);
            trades.add(trade.build());
        }
        return trades;
    }

    private static void venueAndConditions(Trade.Builder trade, SyntheticRandom random, TickerProfile profile,
                                           SessionPlan plan, boolean extended, long[] idCounters) {
        long size = TradeSizes.draw(random, plan.sizeFactor());
        int exchange = TradeVenues.drawExchange(random, profile.listingExchange());
        trade.setSize(size)
                .setExchange(exchange)
                .setConditions(SyntheticConditions.draw(random, extended, size, exchange))
                .setId(Long.toString(++idCounters[exchange]));
        long sipTs = trade.getSipTs();
        if (exchange == TradeVenues.FINRA_TRF) {
            long trfTs = sipTs - 10_000 - random.nextLong(290_000);
            long reportDelay = Math.min(MAX_TRF_DELAY_NANOS, (long) random.logNormal(StrictMath.log(3e6), 1.5));
            trade.setTrfTs(trfTs).setTrfId(TradeVenues.drawTrfId(random)).setParticipantTs(trfTs - reportDelay);
        } else {
            long latency = 5_000 + Math.min(50_000_000L, (long) random.logNormal(StrictMath.log(150e3), 0.7));
            trade.setTrfTs(null).setTrfId(null).setParticipantTs(sipTs - latency);
        }
    }
}
