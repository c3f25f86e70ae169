package io.tickflow.producers.download;

/**
 * The final answer to one GET after retries.
 *
 * @param status   HTTP status, or {@link #NO_ANSWER} when every attempt timed out or broke
 * @param attempts requests made (&gt;= 1)
 * @param detail   on a non-200: the status and the start of the body (or the I/O error); on 200: empty
 * @param retryAfterSeconds the server's {@code Retry-After} in seconds, or -1 when it sent none
 */
public record HttpAnswer(int status, int attempts, String detail, long retryAfterSeconds) {

    /** Status standing for "no HTTP answer at all". */
    public static final int NO_ANSWER = -1;

    /** True for 200: the body was saved. */
    public boolean ok() {
        return status == 200;
    }

    /** True for an answer worth retrying: 429, 5xx, or none. */
    static boolean retriable(int status) {
        return status == NO_ANSWER || status == 429 || status >= 500;
    }
}
