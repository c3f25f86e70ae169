package io.tickflow.core.bars;

/**
 * What hardened mode adds to the AFML threshold of a ticker-session (DESIGN.md "Dollar-imbalance bars", "Why
 * hardened bars do not collapse"). A bar closes when
 * <pre>
 *   |θ| &gt; max(E[T]·|E[imb]|, κ·E|imb|·√E[T])        E[T] ∈ [E0/k, k·E0],  bar length &lt;= k²·E0
 * </pre>
 * and after every complete bar of T trades κ ← κ·(E0/T)^γ, kept within [κ0/64, 64·κ0].
 *
 * <p>Why. On balanced flow E[imb] → 0, so the AFML threshold E[T]·|E[imb]| → 0, bars close after a handful of
 * trades, and the EWMA of bar lengths drives E[T] to its floor (AFML 2.3.2; mlfinlab issues #98 and #29). Three
 * parts, each needed on real tapes (LEAN BAC, IBM, AIG, 2013-10-07):
 * <ul>
 *   <li><b>Random-walk floor</b> κ·E|imb|·√E[T]: a balanced bar of E[T] trades has |θ| of the order of
 *       E|imb|·√E[T], so this is the |θ| that balanced flow needs about E[T] trades to reach, whatever E[imb] is.
 *       E|imb| is the same adjusted EWMA over the same window W as E[imb], of the absolute imbalances.</li>
 *   <li><b>Anchored E[T]</b>: the loop E[T] ← EWMA(bar lengths) has no restoring force (the expected length of
 *       a bar is proportional to E[T] under either term, so any bias compounds geometrically to a clamp). E[T] is
 *       kept within a factor k of the session's E0[T] (trailing trades per session ÷ target), and no bar holds
 *       more than k²·E0 trades, which also ends the other failure: θ mean-reverting under a threshold that a
 *       one-sided window made unreachable (AIG: one bar of 18,071 trades).</li>
 *   <li><b>κ controller</b>: how fast |θ| grows is not E|imb|·√T on real tapes. Tick-rule signs come in runs
 *       (zero ticks repeat the last sign) and dollar sizes are heavy-tailed, so the κ that gives bars of E0 trades
 *       was about 5 on AIG, 5–10 on IBM and 25–35 on BAC: no constant fits. A multiplicative integral controller
 *       moves log κ by γ·ln(E0/T) per complete bar, so bars average E0 trades over a session while each bar still
 *       closes on imbalance. Plain exponential steps, one per bar, in {@link StrictMath} so that every JVM and the
 *       stream and batch paths compute the same κ.</li>
 * </ul>
 * Turned off (the mlfinlab rule, and hardened states persisted before these parts existed): {@link #NONE}.
 *
 * @param anchorTicks     E0[T] of the session, trades per bar; {@code NaN} when there is no anchor
 * @param kappa           κ, the floor's multiplier now; 0 when there is no floor
 * @param expAbsImbalance E|imb| as it stands now (same window and weights as E[imb]); {@code NaN} while undefined
 */
public record HardenedThreshold(double anchorTicks, double kappa, double expAbsImbalance) {
    /** How far κ may move from κ0, either way: bounds the controller in degenerate sessions (a flat tape). */
    static final double KAPPA_RANGE = 64;

    /** No anchor, no floor: the AFML threshold alone. */
    public static final HardenedThreshold NONE = new HardenedThreshold(Double.NaN, 0, Double.NaN);

    public HardenedThreshold {
        if (!(kappa >= 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite and >= 0: " + kappa);
        }
    }

    /** A session's start in hardened mode: anchored at {@code initialExpTicks}, κ = κ0, E|imb| undefined. */
    static HardenedThreshold start(ImbalanceBarSettings settings, double initialExpTicks) {
        return settings.mode() == ImbalanceBarMode.HARDENED
                ? new HardenedThreshold(initialExpTicks, settings.floorKappa(), Double.NaN) : NONE;
    }

    /** Whether E[T] and bar lengths are anchored to E0[T]. */
    boolean anchored() {
        return !Double.isNaN(anchorTicks);
    }

    /** κ·E|imb|·√E[T]; 0 without a floor, {@code NaN} while E|imb| is undefined. */
    double floor(double expTicks) {
        return kappa == 0 ? 0 : kappa * expAbsImbalance * Math.sqrt(expTicks);
    }

    /** E[T] (already within [et_min, et_max]) kept within [E0/k, k·E0] when anchored. */
    double anchorExpTicks(double expTicks, double ratio) {
        return anchored() ? Math.min(Math.max(expTicks, anchorTicks / ratio), anchorTicks * ratio) : expTicks;
    }

    /** The trade count that forces a close: min(max_ticks, ⌈k²·E0⌉), never below min_ticks. */
    long maxBarTicks(ImbalanceBarSettings settings) {
        if (!anchored()) {
            return settings.maxTicks();
        }
        double cap = Math.ceil(settings.anchorRatio() * settings.anchorRatio() * anchorTicks);
        return Math.max(settings.minTicks(), cap >= settings.maxTicks() ? settings.maxTicks() : (long) cap);
    }

    /** After a complete bar of {@code ticks} trades: κ·(E0/T)^γ within [κ0/64, 64·κ0], and the new E|imb|. */
    HardenedThreshold afterBar(long ticks, double newExpAbsImbalance, ImbalanceBarSettings settings) {
        double next = kappa;
        if (kappa > 0 && anchored() && settings.floorGain() > 0) {
            double corrected = kappa * StrictMath.pow(anchorTicks / ticks, settings.floorGain());
            double base = settings.floorKappa();
            next = Math.min(Math.max(corrected, base / KAPPA_RANGE), base * KAPPA_RANGE);
        }
        return new HardenedThreshold(anchorTicks, next, newExpAbsImbalance);
    }

    /** The same κ and anchor with E|imb| now defined (warm-up ended). */
    HardenedThreshold withExpAbsImbalance(double value) {
        return new HardenedThreshold(anchorTicks, kappa, value);
    }
}
