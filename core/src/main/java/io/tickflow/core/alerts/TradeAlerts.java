package io.tickflow.core.alerts;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.daily.OpenMinute;
import io.tickflow.core.daily.TimeOfDayRvol;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The alert rules over one ticker's eligible trades ({@link TradeRules}), the one code path of the trades topology
 * and {@code tickflow batch alerts} over trade files: each trade updates its ticker-session's running state, then
 * each rule not fired yet this session is tested, and the trade that makes one pass fires it, once per session.
 *
 * <p>Everything depends on each ticker's trades and their order only (event time, never a clock), so a replay at any
 * speed or batching gives the same alerts with the same ids ({@link AlertIds}). Which trades count is the caller's:
 * tickflow feeds the trades the bars and the daily cache count ({@code SaleConditions}, not cancelled, in scope).
 * Trades of one minute may arrive out of SIP order; a trade of a minute before the ticker's current one, or of an
 * earlier session, is refused (its minute's volume is already recorded, and a fired alert cannot be taken back),
 * as the daily stage's minutes from trades refuse it. The first trade of a new session rolls the previous session's
 * minute volumes into the ticker's history, and its last price becomes the previous close.
 */
public final class TradeAlerts {
    private static final AlertKind[] KINDS = AlertKind.values(); // values() copies its array on every call

    private final AlertSettings settings;
    private final int minutesInSession;
    private final long sessionNanos;

    public TradeAlerts(AlertSettings settings) {
        this.settings = settings;
        this.minutesInSession = TimeOfDayRvol.minutesIn(settings.scope());
        this.sessionNanos = minutesInSession * OpenMinute.MINUTE_NANOS;
    }

    public AlertSettings settings() {
        return settings;
    }

    /**
     * Feeds one eligible trade of {@code ticker}; the store holds the ticker's state before and after.
     *
     * @param tsNanos SIP time, ns since the epoch
     * @param price   USD, finite and &gt; 0 (else refused)
     * @param size    shares, finite and &gt; 0 (else refused)
     */
    public TradeOutcome onTrade(TradeAlertStore store, String ticker, long tsNanos, double price, double size) {
        if (!(price > 0) || !(size > 0) || Double.isInfinite(price) || Double.isInfinite(size)) {
            return TradeOutcome.refused("price " + price + " and size " + size + " must be finite and > 0");
        }
        TradeSessionState state = store.session(ticker);
        long offset = state == null ? -1 : tsNanos - state.sessionStartNanos();
        int index;
        if (offset >= 0 && offset < sessionNanos) { // the common case: the ticker's current session, no calendar
            index = (int) (offset / OpenMinute.MINUTE_NANOS);
            if (index < state.minuteIndex()) {
                return TradeOutcome.refused("trade at " + tsNanos + " ns is in minute " + index
                        + " of the session, before the ticker's current minute " + state.minuteIndex()
                        + ": that minute's volume is recorded and a fired alert cannot be taken back");
            }
            if (index > state.minuteIndex() && !state.beforeFirstTrade()) {
                store.putMinuteVolume(ticker, state.minuteIndex(), state.minuteVolume());
            }
        } else {
            if (!settings.scope().contains(tsNanos)) {
                return TradeOutcome.OUT_OF_SCOPE;
            }
            LocalDate session = SessionClock.sessionDate(tsNanos);
            if (state != null && !session.isAfter(state.session())) {
                return TradeOutcome.refused("trade of session " + session + " arrived after the ticker's session "
                        + state.session() + " started; alerts take each ticker's trades in time order");
            }
            state = openSession(store, ticker, state, session);
            index = TimeOfDayRvol.minuteIndex(settings.scope(), session, tsNanos);
        }
        TradeSessionState after = state.plus(tsNanos, price, size, index, settings.openingRangeMinutes());
        return applyRules(store, new TradeContext(ticker, index, tsNanos, price, state, after,
                store.baseline(ticker, minutesInSession), settings));
    }

    private static TradeOutcome applyRules(TradeAlertStore store, TradeContext c) {
        List<Alert> alerts = List.of();
        int firedNow = 0;
        int withoutHistory = 0;
        for (AlertKind kind : KINDS) {
            if (c.after().hasFired(kind)) {
                continue;
            }
            RuleVerdict verdict = evaluate(kind, c);
            if (verdict.alert() != null) {
                alerts = alerts.isEmpty() ? new ArrayList<>(2) : alerts;
                alerts.add(verdict.alert());
                firedNow |= kind.bit();
            } else if (verdict.withoutHistory()) {
                withoutHistory |= kind.bit();
            }
        }
        store.putSession(c.ticker(), firedNow == 0 ? c.after() : c.after().withFired(firedNow));
        return new TradeOutcome(MinuteOutcome.Status.APPLIED, null, alerts, withoutHistory);
    }

    private static RuleVerdict evaluate(AlertKind kind, TradeContext c) {
        return switch (kind) {
            case INFO_RICH_CROSSING -> TradeRules.infoRich(c);
            case VOLUME_SPIKE -> TradeRules.volumeSpike(c);
            case GAP_UP -> TradeRules.gapUp(c);
            case OPENING_RANGE_BREAKOUT -> TradeRules.openingRangeBreakout(c);
        };
    }

    private TradeSessionState openSession(TradeAlertStore store, String ticker, TradeSessionState previous,
                                          LocalDate session) {
        long start = settings.scope().startNanos(session);
        if (previous == null) {
            return TradeSessionState.open(session, start, null);
        }
        if (!previous.beforeFirstTrade()) {
            store.putMinuteVolume(ticker, previous.minuteIndex(), previous.minuteVolume());
        }
        double[] minutes = store.takeMinuteVolumes(ticker, minutesInSession);
        store.putHistory(ticker, store.history(ticker).afterRoll(new SessionVolumes(previous.session(), minutes).trimmed()));
        return TradeSessionState.open(session, start, previous.lastPrice());
    }
}
