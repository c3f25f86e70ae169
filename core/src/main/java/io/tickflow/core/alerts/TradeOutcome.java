package io.tickflow.core.alerts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one trade did to the alert rules over trades.
 *
 * @param status             applied, out of the session scope (valid, not used), or refused
 * @param refusal            why it was refused; {@code null} otherwise
 * @param alerts             alerts fired, in {@link AlertKind} order
 * @param withoutHistoryBits bits of the kinds that could not be tested for lack of prior sessions
 */
public record TradeOutcome(MinuteOutcome.Status status, String refusal, List<Alert> alerts, int withoutHistoryBits) {
    static final TradeOutcome OUT_OF_SCOPE = new TradeOutcome(MinuteOutcome.Status.OUT_OF_SCOPE, null, List.of(), 0);

    public TradeOutcome {
        alerts = List.copyOf(alerts);
    }

    static TradeOutcome refused(String reason) {
        return new TradeOutcome(MinuteOutcome.Status.REFUSED, reason, List.of(), 0);
    }

    /** The kinds that could not be tested for lack of prior sessions (so "no alert" means "unknown"). */
    public Set<AlertKind> withoutHistory() {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        for (AlertKind k : AlertKind.values()) {
            if ((withoutHistoryBits & k.bit()) != 0) {
                kinds.add(k);
            }
        }
        return kinds;
    }
}
