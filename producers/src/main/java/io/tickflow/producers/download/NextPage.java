package io.tickflow.producers.download;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code next_url} of a Polygon REST page. Polygon answers with an absolute URL on its own host and
 * without the API key; it is rebased onto the origin (scheme, host, port) of the request that got the page, so
 * that the key is only ever sent to the configured base URL, and a test server is never left for the internet.
 */
final class NextPage {

    private static final JsonFactory JSON = new JsonFactory();

    private NextPage() {
    }

    /** The next page's URL on {@code origin}'s host, or empty on the last page. */
    static Optional<URI> of(Path page, URI origin) {
        return nextUrl(page).map(next -> rebase(URI.create(next), origin));
    }

    static URI rebase(URI next, URI origin) {
        String query = next.getRawQuery() == null ? "" : "?" + next.getRawQuery();
        return URI.create(origin.getScheme() + "://" + origin.getRawAuthority() + next.getRawPath() + query);
    }

    private static Optional<String> nextUrl(Path page) {
        try (JsonParser parser = JSON.createParser(page.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("next_url".equals(name) && value == JsonToken.VALUE_STRING && !parser.getText().isBlank()) {
                    return Optional.of(parser.getText());
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read next_url of " + page, e);
        }
    }
}
