package io.tickflow.core.universe;

/**
 * Which info-rich rules one ticker-session passed.
 *
 * @param passRvol   rvol30 ≥ rvol
 * @param passPctchg |pct_chg_d| ≥ pctchg
 * @param passDvol   dollar_vol_d ≥ dvol
 * @param passPrice  min_price ≤ close_d ≤ max_price
 * @param passCap    market cap ≤ cap_max, or true when unknown
 * @param capUnknown no market cap was known
 */
public record InfoRichVerdict(boolean passRvol, boolean passPctchg, boolean passDvol, boolean passPrice,
                              boolean passCap, boolean capUnknown) {

    /** Every rule passed (an unknown cap does not fail). */
    public boolean infoRich() {
        return passRvol && passPctchg && passDvol && passPrice && passCap;
    }
}
