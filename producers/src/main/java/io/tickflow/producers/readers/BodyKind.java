package io.tickflow.producers.readers;

import java.util.Locale;

/**
 * What the first line of a would-be CSV file says the body is. Servers answer failed downloads with
 * an HTML page (FINRA's old host: a 404 page saved as {@code CNMSshvol20210320.txt}), an XML error
 * (S3 {@code AccessDenied}) or JSON (REST APIs); naive scripts save those bodies under the data file's
 * name. Such a file is rejected as a whole with one clear reason instead of as N bad lines.
 */
public enum BodyKind {
    CSV, HTML, XML, JSON;

    /** Classifies a file by its first line. */
    public static BodyKind ofFirstLine(String firstLine) {
        String text = firstLine.strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return HTML;
        }
        if (text.startsWith("<")) {
            return XML;
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return JSON;
        }
        return CSV;
    }

    /** The rejection reason for a file whose body is of this kind (not meaningful for CSV). */
    public String rejectionReason(String expectedFormat) {
        return "file body is " + name() + ", not " + expectedFormat
                + " CSV: probably an error page or API error saved under a data file name";
    }
}
