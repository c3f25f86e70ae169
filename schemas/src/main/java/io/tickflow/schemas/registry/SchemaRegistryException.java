package io.tickflow.schemas.registry;

/**
 * A registry request that failed: a 4xx answer, or a 5xx / connection error that outlived its retries.
 * The message names the subject (when the request had one), the HTTP status, Confluent's
 * {@code error_code} and the registry's own message; for a 409 the registry's message lists what is
 * incompatible. Never contains URL credentials.
 */
public final class SchemaRegistryException extends RuntimeException {

    /** {@link #httpStatus()} when no HTTP answer arrived (connection error, timeout). */
    public static final int NO_STATUS = -1;

    private final int httpStatus;
    private final int errorCode;
    private final String subject;
    private final String registryMessage;

    /**
     * @param httpStatus      HTTP status, or {@link #NO_STATUS}
     * @param errorCode       Confluent {@code error_code}, or {@link #NO_STATUS} when the body had none
     * @param subject         subject of the request, or null
     * @param registryMessage the registry's {@code message}, or a description of the transport failure
     * @param cause           underlying exception, or null
     */
    public SchemaRegistryException(int httpStatus, int errorCode, String subject, String registryMessage,
                                   Throwable cause) {
        super(describe(httpStatus, errorCode, subject, registryMessage), cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.subject = subject;
        this.registryMessage = registryMessage;
    }

    private static String describe(int status, int errorCode, String subject, String message) {
        String what = subject == null ? "schema registry request failed" : "schema registry rejected subject '" + subject + "'";
        String codes = status == NO_STATUS ? "no HTTP answer" : "HTTP " + status + ", error_code " + errorCode;
        return what + " (" + codes + "): " + RedactedUrl.redact(message);
    }

    /** @return the HTTP status, or {@link #NO_STATUS} */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return Confluent's {@code error_code} (e.g. 40401, 409, 42201), or {@link #NO_STATUS} */
    public int errorCode() {
        return errorCode;
    }

    /** @return the subject of the failed request, or null */
    public String subject() {
        return subject;
    }

    /** @return the registry's message as sent (for 409: what is incompatible) */
    public String registryMessage() {
        return registryMessage;
    }

    /** @return true for HTTP 409, the registry's answer to an incompatible schema */
    public boolean isIncompatible() {
        return httpStatus == 409;
    }
}
