package io.tickflow.producers.synthetic;

/**
 * What stays fixed for one synthetic ticker across sessions.
 *
 * @param ticker           the symbol
 * @param index            position in the sorted ticker list (keys the random streams)
 * @param firstPrice       price of the first session's first trade, USD
 * @param tradesPerSession typical trades per regular session before scale and bursts
 * @param tape             1 = A (NYSE), 2 = B (NYSE American, Arca), 3 = C (Nasdaq)
 * @param listingExchange  Polygon exchange id of the listing market (12 Nasdaq, 1 NYSE American)
 * @param burstSession     index of one session guaranteed to be a burst day, or -1
 */
record TickerProfile(String ticker, int index, double firstPrice, double tradesPerSession,
                     int tape, int listingExchange, int burstSession) {

    static final int TAPE_B = 2;
    static final int TAPE_C = 3;
    static final int NASDAQ = 12;
    static final int NYSE_AMERICAN = 1;

    private static final long PROFILE_STREAM = 2;
    private static final double BASE_TRADES = 1000;
    /** rvol30 needs 10 prior sessions (DESIGN.md): a guaranteed burst after that can turn info-rich. */
    private static final int FIRST_RVOL_SESSION = 10;

    /** Draws the profile of the ticker at {@code index}. */
    static TickerProfile draw(long seed, String ticker, int index, int sessions, double scale) {
        SyntheticRandom random = SyntheticRandom.of(seed, PROFILE_STREAM, index);
        // Log-uniform between $0.70 and $15: some tickers trade below $1, with $0.0001 ticks.
        double firstPrice = 0.70 * StrictMath.exp(random.uniform() * StrictMath.log(15 / 0.70));
        double activity = Math.min(2.5, Math.max(0.4, random.logNormal(0, 0.5)));
        boolean nasdaqListed = random.chance(0.75);
        int burst = sessions > FIRST_RVOL_SESSION + 1
                ? FIRST_RVOL_SESSION + random.nextInt(sessions - FIRST_RVOL_SESSION) : -1;
        return new TickerProfile(ticker, index, firstPrice, BASE_TRADES * activity * scale,
                nasdaqListed ? TAPE_C : TAPE_B, nasdaqListed ? NASDAQ : NYSE_AMERICAN, burst);
    }
}
