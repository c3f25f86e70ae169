package io.tickflow.producers.readers;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields, RFC 4180 style: comma separated; a field may be wrapped in double
 * quotes, inside which commas are data and {@code ""} is one quote. Polygon flat files quote the
 * {@code conditions} field when it lists several codes ({@code "12,37"}).
 *
 * <p>Line breaks inside quoted fields are not supported: none of the formats read here use them, and
 * a line-at-a-time reader can then report exact line numbers.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /**
     * @param line one line without its terminator
     * @return the fields, unquoted; an empty line gives one empty field
     * @throws InvalidRowException when a quote is not closed or text follows a closing quote
     */
    public static List<String> split(String line) throws InvalidRowException {
        return split(line, ',', true);
    }

    /**
     * Splits on {@code separator}; when {@code quoted} is false a double quote is an ordinary character.
     *
     * @throws InvalidRowException when quoting is on and a quote is not closed or text follows a closing quote
     */
    public static List<String> split(String line, char separator, boolean quoted) throws InvalidRowException {
        List<String> fields = new ArrayList<>();
        int pos = 0;
        while (true) {
            if (quoted && pos < line.length() && line.charAt(pos) == '"') {
                pos = readQuoted(line, pos, fields, separator);
            } else {
                int comma = line.indexOf(separator, pos);
                int end = comma < 0 ? line.length() : comma;
                fields.add(line.substring(pos, end));
                pos = end;
            }
            if (pos >= line.length()) {
                return fields;
            }
            pos++; // skip the separator
            if (pos == line.length()) {
                fields.add("");
                return fields;
            }
        }
    }

    /** Reads a quoted field starting at {@code open}; returns the index just after the closing quote. */
    private static int readQuoted(String line, int open, List<String> fields, char separator) throws InvalidRowException {
        StringBuilder value = new StringBuilder();
        int pos = open + 1;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == '"' && pos + 1 < line.length() && line.charAt(pos + 1) == '"') {
                value.append('"');
                pos += 2;
            } else if (c == '"') {
                pos++;
                if (pos < line.length() && line.charAt(pos) != separator) {
                    throw new InvalidRowException("text after a closing quote at character " + (pos + 1));
                }
                fields.add(value.toString());
                return pos;
            } else {
                value.append(c);
                pos++;
            }
        }
        throw new InvalidRowException("quote opened at character " + (open + 1) + " is never closed");
    }
}
