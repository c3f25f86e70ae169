package io.tickflow.producers.readers;

import java.util.List;

/**
 * How a delimited text file is laid out, beyond the columns a parser needs.
 *
 * @param separator      field separator; null to detect it from the first line (pipe, tab or comma,
 *                       whichever occurs most; FINRA and SEC write pipes, re-exports commas or tabs)
 * @param quoted         whether double quotes wrap fields (RFC 4180); pipe files from FINRA and the SEC
 *                       are not quoted, and a {@code "} inside an SEC description is data
 * @param impliedHeader  column names of a file that has no header line (LEAN tick files); null when the
 *                       first line is the header
 * @param freeTextColumn name of the one column that may itself contain the separator (SEC DESCRIPTION,
 *                       a FINRA Market list in a comma re-export): extra fields are joined back into it;
 *                       null when none
 * @param trailer        closing line(s) to check; null when the format has none
 */
public record CsvDialect(Character separator, boolean quoted, List<String> impliedHeader, String freeTextColumn,
                         Trailer trailer) {

    /** RFC 4180 CSV with a header line, as Polygon flat files are. */
    public static final CsvDialect CSV = new CsvDialect(',', true, null, null, null);

    public CsvDialect {
        impliedHeader = impliedHeader == null ? null : List.copyOf(impliedHeader);
    }

    /** A pipe-or-other separated file, separator detected, unquoted, with this trailer. */
    public static CsvDialect detected(String freeTextColumn, Trailer trailer) {
        return new CsvDialect(null, false, null, freeTextColumn, trailer);
    }

    /** The separator to use for a file whose first line is {@code firstLine}. */
    public char separatorFor(String firstLine) {
        if (separator != null) {
            return separator;
        }
        long pipes = count(firstLine, '|');
        long tabs = count(firstLine, '\t');
        long commas = count(firstLine, ',');
        if (pipes >= tabs && pipes >= commas && pipes > 0) {
            return '|';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
