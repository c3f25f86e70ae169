package io.tickflow.cli.embedded.registry;

import java.util.Locale;
import java.util.Optional;

/** Compatibility levels the embedded registry enforces; Confluent's names. */
public enum CompatibilityLevel {
    /** A new version must read data written with the latest version (Confluent's default). */
    BACKWARD,
    /** No check. */
    NONE;

    /** @return the level named (case-insensitive), or empty for names this registry does not enforce */
    public static Optional<CompatibilityLevel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
