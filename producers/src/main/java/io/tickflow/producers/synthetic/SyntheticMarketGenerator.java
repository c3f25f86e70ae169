package io.tickflow.producers.synthetic;

import io.tickflow.producers.readers.polygon.PolygonFlatFileLayout;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deterministic synthetic small-cap market data in Polygon's flat-file formats: per session, one
 * trades file and one minute aggregates file (aggregated from those trades) under
 * {@code <out>/us_stocks_sip/...} (see {@link PolygonFlatFileLayout}).
 *
 * <p>Shape: U-shaped intraday activity with Form T pre-market and after-hours prints, heavy-tailed
 * sizes with odd lots, random-walk prices between $0.50 and $20 on the Rule 612 tick grid, and burst
 * sessions (5-10x trades, 20-60% moves) that are the info-rich candidates. Each ticker gets one burst
 * after its tenth session, when there are more than eleven sessions, so that rvol30 is defined there.
 *
 * <p>Deterministic: the same settings give byte-identical files; nothing reads a clock.
 * Memory holds one session of trades at a time.
 */
public final class SyntheticMarketGenerator {

    private static final long GAP_STREAM = 4;
    private static final long TRADES_STREAM = 5;

    private final GeneratorSettings settings;

    public SyntheticMarketGenerator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Writes every session's files under {@code outRoot}, replacing files of the same names. */
    public GenerationSummary writeTo(Path outRoot) throws IOException {
        List<String> tickers = TickerNames.generate(settings.seed(), settings.tickers());
        List<LocalDate> sessions = SyntheticTradingDays.from(settings.startDate(), settings.sessions());
        List<TickerProfile> profiles = new ArrayList<>();
        List<PriceWalk> walks = new ArrayList<>();
        for (int i = 0; i < tickers.size(); i++) {
            TickerProfile profile = TickerProfile.draw(settings.seed(), tickers.get(i), i,
                    settings.sessions(), settings.tradesScale());
            profiles.add(profile);
            walks.add(new PriceWalk(profile.firstPrice()));
        }
        Totals totals = new Totals();
        for (int s = 0; s < sessions.size(); s++) {
            writeSession(outRoot, sessions.get(s), s, profiles, walks, totals);
        }
        return new GenerationSummary(tickers, sessions, totals.tradeFiles, totals.minuteAggFiles,
                totals.trades, totals.minuteBars, totals.bursts);
    }

    private void writeSession(Path outRoot, LocalDate date, int session, List<TickerProfile> profiles,
                              List<PriceWalk> walks, Totals totals) throws IOException {
        List<Trade> dayTrades = new ArrayList<>();
        List<Bar> dayBars = new ArrayList<>();
        for (int t = 0; t < profiles.size(); t++) {
            TickerProfile profile = profiles.get(t);
            PriceWalk walk = walks.get(t);
            if (session > 0) {
                walk.gapOvernight(SyntheticRandom.of(settings.seed(), GAP_STREAM, t, session));
            }
            SessionPlan plan = SessionPlan.draw(settings.seed(), profile, session, walk.price());
            SyntheticRandom random = SyntheticRandom.of(settings.seed(), TRADES_STREAM, t, session);
            List<Trade> trades = TickerSessionTrades.generate(date, profile, plan, walk, random);
            if (plan.burst()) {
                totals.bursts.add(burstDay(profile, date, trades));
            }
            dayTrades.addAll(trades);
            dayBars.addAll(MinuteAggregation.of(trades));
        }
        Path tradesFile = PolygonFlatFileLayout.tradesFile(outRoot, date);
        Path aggsFile = PolygonFlatFileLayout.minuteAggsFile(outRoot, date);
        PolygonFlatFileWriter.writeTrades(tradesFile, dayTrades);
        PolygonFlatFileWriter.writeMinuteAggs(aggsFile, dayBars);
        totals.add(tradesFile, aggsFile, dayTrades.size(), dayBars.size());
    }

    private static BurstDay burstDay(TickerProfile profile, LocalDate date, List<Trade> trades) {
        double first = trades.get(0).getPrice();
        double last = trades.get(trades.size() - 1).getPrice();
        return new BurstDay(profile.ticker(), date, trades.size(), last / first - 1);
    }

    /** Running totals of one run. */
    private static final class Totals {
        private final List<Path> tradeFiles = new ArrayList<>();
        private final List<Path> minuteAggFiles = new ArrayList<>();
        private final List<BurstDay> bursts = new ArrayList<>();
        private long trades;
        private long minuteBars;

        void add(Path tradesFile, Path aggsFile, long tradeRows, long barRows) {
            tradeFiles.add(tradesFile);
            minuteAggFiles.add(aggsFile);
            trades += tradeRows;
            minuteBars += barRows;
        }
    }
}
