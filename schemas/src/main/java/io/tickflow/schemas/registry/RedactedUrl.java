package io.tickflow.schemas.registry;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A registry URL split into what may be printed and what may not. Registry URLs may carry
 * {@code user:password@} (Confluent's {@code basic.auth.credentials.source=URL}); the userinfo becomes a
 * Basic authorization header and never appears in messages or logs.
 *
 * @param base     the URL without userinfo and without a trailing slash, safe to print
 * @param userInfo the {@code user:password} part, or null when absent
 */
public record RedactedUrl(URI base, String userInfo) {

    /**
     * @param url an http or https URL, possibly with userinfo
     * @throws IllegalArgumentException when the URL is malformed; the message never contains the userinfo
     */
    public static RedactedUrl parse(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new IllegalArgumentException("schema registry URL needs a scheme and host: " + redact(url));
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            URI base = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), null, null, null);
            return new RedactedUrl(URI.create(base + path), uri.getUserInfo());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed schema registry URL: " + redact(url), e);
        }
    }

    /** @return the text with any {@code scheme://userinfo@} replaced by {@code scheme://***@} */
    public static String redact(String text) {
        return text == null ? null : text.replaceAll("(?<=://)[^/@\\s]+@", "***@");
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
