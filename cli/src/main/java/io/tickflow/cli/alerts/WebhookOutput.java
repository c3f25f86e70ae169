package io.tickflow.cli.alerts;

import io.tickflow.core.alerts.Alert;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts POSTed by a {@link WebhookSender}; an alert given up after the last attempt is appended to
 * {@value #DEAD_LETTERS} in the state folder (its JSON line plus the failure) and logged, then counted as delivered
 * so the stream moves on.
 */
public final class WebhookOutput implements AlertOutput {
    public static final String DEAD_LETTERS = "webhook-dead-letters.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutput.class);

    private final WebhookSender sender;
    private final Path deadLetters;
    private long posted;
    private long givenUp;

    public WebhookOutput(WebhookSender sender, Path stateDir) {
        this.sender = sender;
        this.deadLetters = stateDir.resolve(DEAD_LETTERS);
    }

    @Override
    public void deliver(Alert alert) throws InterruptedException {
        WebhookSender.Result result = sender.send(alert);
        if (result.delivered()) {
            posted++;
            return;
        }
        givenUp++;
        LOG.error("webhook gave up on alert {} after {} attempts ({}); written to {}", alert.id(), result.attempts(),
                result.lastFailure(), deadLetters);
        String line = "{\"failure\":" + quote(result.lastFailure()) + ",\"attempts\":" + result.attempts()
                + ",\"alert\":" + AlertJson.line(alert) + "}\n";
        try {
            Files.writeString(deadLetters, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + deadLetters + ": " + e.getMessage(), e);
        }
    }

    public long posted() {
        return posted;
    }

    public long givenUp() {
        return givenUp;
    }

    private static String quote(String s) {
        return "\"" + String.valueOf(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
