package io.tickflow.core.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Alert ids: the first 16 hex digits (64 bits) of SHA-256 over {@code kind|ticker|YYYY-MM-DD}. Each kind fires at
 * most once per ticker-session, so that triple names the event; it contains no wall-clock time and no offset, so a
 * replay at any speed, a restart or the batch command give the same id, and consumers deduplicate on it.
 */
public final class AlertIds {
    private static final int HEX_DIGITS = 16;

    private AlertIds() {
    }

    public static String of(AlertKind kind, String ticker, LocalDate session) {
        String text = kind.wireName() + '|' + ticker + '|' + session;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
