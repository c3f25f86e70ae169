package io.tickflow.streams.sessions;

import java.time.LocalDate;

/**
 * In-task signal from the bars processor to the stages below it: the ticker's {@code session} is over (its end
 * passed in event time, or the ticker's next session began). Stages that resolve per session (labels, weights)
 * close it on this signal, so they cut sessions exactly where the bars did and where the batch run does.
 *
 * @param session the session that closed
 */
public record SessionClosed(LocalDate session) {
}
