package io.tickflow.producers.live;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The feed's API key. Its text leaves this class only in the {@code auth} message ({@link #reveal()}): it never
 * appears in {@link #toString()}, logs or exception messages, which name the environment variable instead.
 */
public final class ApiKey {
    private final String variable;
    private final String value;

    private ApiKey(String variable, String value) {
        this.variable = variable;
        this.value = value;
    }

    /**
     * Reads the key from the environment variable {@code variable}.
     *
     * @param environment looks a variable up ({@code System::getenv} in production); null when unset
     * @throws IllegalArgumentException when the variable is unset or blank (the message names the variable only)
     */
    public static ApiKey fromEnvironment(String variable, UnaryOperator<String> environment) {
        Objects.requireNonNull(variable, "variable");
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + variable + " holding the feed's API key is not set");
        }
        return new ApiKey(variable, value.strip());
    }

    /** The key itself, for the {@code auth} message only. */
    String reveal() {
        return value;
    }

    /** Name of the environment variable the key came from. */
    public String variable() {
        return variable;
    }

    @Override
    public String toString() {
        return "ApiKey[$" + variable + "=****]";
    }
}
