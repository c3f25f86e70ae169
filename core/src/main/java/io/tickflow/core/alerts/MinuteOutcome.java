package io.tickflow.core.alerts;

import java.util.List;
import java.util.Set;

/**
 * What one minute bar did.
 *
 * @param status         applied, out of the session scope (valid, not used), or refused
 * @param refusal        why it was refused; {@code null} otherwise
 * @param alerts         alerts fired, in {@link AlertKind} order
 * @param withoutHistory kinds that could not be tested for lack of prior sessions
 */
public record MinuteOutcome(Status status, String refusal, List<Alert> alerts, Set<AlertKind> withoutHistory) {
    public enum Status { APPLIED, OUT_OF_SCOPE, REFUSED }

    static final MinuteOutcome OUT_OF_SCOPE = new MinuteOutcome(Status.OUT_OF_SCOPE, null, List.of(), Set.of());

    public MinuteOutcome {
        alerts = List.copyOf(alerts);
        withoutHistory = Set.copyOf(withoutHistory);
    }

    static MinuteOutcome refused(String reason) {
        return new MinuteOutcome(Status.REFUSED, reason, List.of(), Set.of());
    }
}
