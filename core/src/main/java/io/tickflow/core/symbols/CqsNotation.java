package io.tickflow.core.symbols;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the CQS suffix notation used by FINRA ({@code /} as separator) and Polygon ({@code .}):
 * lower-case {@code p} for preferred (with the series letter after it), {@code r} for rights, {@code w} for
 * when issued, and separated tokens for class ({@code /B}), warrants ({@code /WS}, {@code /WS/A}), units
 * ({@code /U}), called ({@code /CL}) and when distributed ({@code /WD}).
 */
final class CqsNotation {

    private final char separator;

    CqsNotation(char separator) {
        this.separator = separator;
    }

    /** Index where the suffix of a CQS symbol starts: the first lower-case letter or separator. */
    int suffixStart(String symbol) {
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (c == separator || (c >= 'a' && c <= 'z')) {
                return i;
            }
        }
        return symbol.length();
    }

    /** CMS tokens of a CQS suffix ({@code pA/CL} gives {@code [PRA, CL]}). */
    List<String> tokens(String suffix) {
        List<String> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < suffix.length()) {
            char c = suffix.charAt(pos);
            if (c == 'p') {
                boolean series = pos + 1 < suffix.length() && Character.isUpperCase(suffix.charAt(pos + 1));
                tokens.add(series ? "PR" + suffix.charAt(pos + 1) : "PR");
                pos += series ? 2 : 1;
            } else if (c == 'r' || c == 'w') {
                tokens.add(c == 'r' ? "RT" : "WI");
                pos++;
            } else if (c == separator) {
                pos = separated(suffix, pos + 1, tokens);
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' in suffix '" + suffix + "'");
            }
        }
        return tokens;
    }

    /** Reads one separated token starting at {@code pos}; {@code WS} absorbs a following class letter. */
    private int separated(String suffix, int pos, List<String> tokens) {
        int end = suffix.indexOf(separator, pos);
        int lower = firstLowerCase(suffix, pos);
        end = Math.min(end < 0 ? suffix.length() : end, lower);
        String token = suffix.substring(pos, end);
        if (token.isEmpty() || !token.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            throw new IllegalArgumentException("empty or invalid token after '" + separator + "' in '" + suffix + "'");
        }
        // FINRA writes a warrant's class as a token of its own (ACEL/WS/A): it belongs to the warrant.
        if (token.equals("WS") && end < suffix.length() && suffix.charAt(end) == separator
                && end + 2 == suffixTokenEnd(suffix, end + 1)) {
            tokens.add("WS" + suffix.charAt(end + 1));
            return end + 2;
        }
        tokens.add(token);
        return end;
    }

    private int suffixTokenEnd(String suffix, int pos) {
        int end = suffix.indexOf(separator, pos);
        return Math.min(end < 0 ? suffix.length() : end, firstLowerCase(suffix, pos));
    }

    private static int firstLowerCase(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /** The CQS spelling of CMS tokens. */
    String write(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (token.startsWith("PR")) {
                out.append('p').append(token.substring(2));
            } else if (token.equals("RT")) {
                out.append('r');
            } else if (token.equals("WI")) {
                out.append('w');
            } else if (token.startsWith("WS") && token.length() == 3) {
                out.append(separator).append("WS").append(separator).append(token.charAt(2));
            } else {
                out.append(separator).append(token);
            }
        }
        return out.toString();
    }
}
