package io.tickflow.producers.download;

import java.net.URI;
import java.util.Objects;

/**
 * Base URLs of the sources, configurable so that tests (and mirrors) can stand in for the real hosts.
 * Paths below each base are the publishers' own.
 *
 * @param finra  FINRA CDN, normally {@code https://cdn.finra.org} (Reg SHO daily files and short interest)
 * @param sec    SEC, normally {@code https://www.sec.gov}
 * @param polygon Polygon REST, normally {@code https://api.polygon.io}
 */
public record SourceUrls(URI finra, URI sec, URI polygon) {

    public SourceUrls {
        Objects.requireNonNull(finra, "finra");
        Objects.requireNonNull(sec, "sec");
        Objects.requireNonNull(polygon, "polygon");
    }

    /** Every source on one base URL (a local test server). */
    public static SourceUrls allAt(URI base) {
        return new SourceUrls(base, base, base);
    }

    static URI under(URI base, String pathAndQuery) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + pathAndQuery);
    }
}
