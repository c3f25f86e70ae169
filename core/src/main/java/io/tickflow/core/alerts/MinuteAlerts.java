package io.tickflow.core.alerts;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.daily.TimeOfDayRvol;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The alert rules over one ticker's minute bars, in time order: the one code path of the topology and the batch
 * command. A minute updates its ticker-session's state, then each rule that has not fired yet this session is
 * tested; one that passes fires once and never again in that session.
 *
 * <p>Everything depends on the minutes' content and order only (event time, never a clock), so replaying a day at
 * any speed, in any batching, gives the same alerts with the same ids. The first minute of a new session rolls the
 * previous session's minute volumes into the ticker's history. A minute that is not after the ticker's latest one
 * (late, corrected or repeated) is refused: an alert that fired cannot be taken back, and applying it would make
 * the alerts depend on arrival order across restarts.
 */
public final class MinuteAlerts {
    private static final List<Rule> RULES = List.of(
            new Rule(AlertKind.INFO_RICH_CROSSING, InfoRichCrossingRule::evaluate),
            new Rule(AlertKind.VOLUME_SPIKE, VolumeSpikeRule::evaluate),
            new Rule(AlertKind.GAP_UP, GapUpRule::evaluate),
            new Rule(AlertKind.OPENING_RANGE_BREAKOUT, OpeningRangeBreakoutRule::evaluate));

    private record Rule(AlertKind kind, Function<MinuteContext, RuleVerdict> evaluate) {
    }

    private final AlertSettings settings;
    private final int minutesInSession;

    public MinuteAlerts(AlertSettings settings) {
        this.settings = settings;
        this.minutesInSession = TimeOfDayRvol.minutesIn(settings.scope());
    }

    public AlertSettings settings() {
        return settings;
    }

    /** Feeds one minute of {@code ticker}; the store holds the ticker's state before and after. */
    public MinuteOutcome onMinute(TickerAlertStore store, String ticker, AlertMinute bar) {
        long ts = bar.windowStartNanos();
        if (!settings.scope().contains(ts)) {
            return MinuteOutcome.OUT_OF_SCOPE;
        }
        LocalDate session = SessionClock.sessionDate(ts);
        SessionAlertState state = store.session(ticker);
        String refusal = refusal(state, session, ts);
        if (refusal != null) {
            return MinuteOutcome.refused(refusal);
        }
        if (state == null || session.isAfter(state.session())) {
            state = openSession(store, ticker, state, session);
        }
        int minuteIndex = TimeOfDayRvol.minuteIndex(settings.scope(), session, ts);
        store.putMinuteVolume(ticker, minuteIndex, bar.volume());
        MinuteContext context = new MinuteContext(ticker, minuteIndex, bar, state,
                state.plus(bar, minuteIndex, settings.openingRangeMinutes()),
                store.baseline(ticker, minutesInSession), settings);
        return applyRules(store, context);
    }

    private MinuteOutcome applyRules(TickerAlertStore store, MinuteContext context) {
        SessionAlertState next = context.after();
        List<Alert> alerts = new ArrayList<>();
        Set<AlertKind> withoutHistory = EnumSet.noneOf(AlertKind.class);
        for (Rule rule : RULES) {
            if (next.hasFired(rule.kind())) {
                continue;
            }
            RuleVerdict verdict = rule.evaluate().apply(context);
            if (verdict.alert() != null) {
                alerts.add(verdict.alert());
                next = next.withFired(rule.kind());
            } else if (verdict.withoutHistory()) {
                withoutHistory.add(rule.kind());
            }
        }
        store.putSession(context.ticker(), next);
        return new MinuteOutcome(MinuteOutcome.Status.APPLIED, null, alerts, withoutHistory);
    }

    private static String refusal(SessionAlertState state, LocalDate session, long ts) {
        if (state == null) {
            return null;
        }
        if (session.isBefore(state.session())) {
            return "minute of session " + session + " arrived after the ticker's session " + state.session()
                    + " started; alerts take each ticker's minutes in time order";
        }
        if (session.equals(state.session()) && ts <= state.lastMinuteNanos()) {
            return "minute " + ts + " is not after the ticker's latest minute " + state.lastMinuteNanos()
                    + " (late, corrected or repeated); a fired alert cannot be taken back";
        }
        return null;
    }

    private SessionAlertState openSession(TickerAlertStore store, String ticker, SessionAlertState previous,
                                          LocalDate session) {
        if (previous == null) {
            return SessionAlertState.open(session, null);
        }
        double[] minutes = store.takeMinuteVolumes(ticker, minutesInSession);
        store.putHistory(ticker, store.history(ticker).afterRoll(new SessionVolumes(previous.session(), minutes).trimmed()));
        return SessionAlertState.open(session, previous.lastClose());
    }
}
