package io.tickflow.core.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CMS suffix of a ticker as a list of tokens: {@code PR} or {@code PR}+class (preferred), {@code WS} or
 * {@code WS}+class (warrant), {@code RT} (right), {@code WI} (when issued), {@code WD} (when distributed),
 * {@code CL} (called), {@code U} (unit), or a single class letter. {@code PRACL} is {@code [PRA, CL]}.
 */
final class SuffixTokens {

    /** Two-letter tokens; tried before a single class letter so that {@code PRWI} is preferred when issued. */
    private static final Set<String> TWO_LETTER = Set.of("PR", "WS", "RT", "WI", "WD", "CL");

    private SuffixTokens() {
    }

    /**
     * Splits a concatenated CMS suffix into tokens.
     *
     * @throws IllegalArgumentException when a character is not an upper-case letter
     */
    static List<String> ofCms(String suffix) {
        List<String> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < suffix.length()) {
            requireLetter(suffix, pos);
            String two = pos + 2 <= suffix.length() ? suffix.substring(pos, pos + 2) : "";
            if (!TWO_LETTER.contains(two)) {
                tokens.add(suffix.substring(pos, pos + 1));
                pos++;
                continue;
            }
            pos += 2;
            boolean takesClass = two.equals("PR") || two.equals("WS");
            if (takesClass && pos < suffix.length() && !startsToken(suffix, pos)) {
                requireLetter(suffix, pos);
                two += suffix.charAt(pos);
                pos++;
            }
            tokens.add(two);
        }
        return tokens;
    }

    /** The tokens run together, as CMS writes them. */
    static String toCms(List<String> tokens) {
        return String.join("", tokens);
    }

    private static boolean startsToken(String suffix, int pos) {
        return pos + 2 <= suffix.length() && TWO_LETTER.contains(suffix.substring(pos, pos + 2));
    }

    private static void requireLetter(String text, int pos) {
        char c = text.charAt(pos);
        if (c < 'A' || c > 'Z') {
            throw new IllegalArgumentException("suffix '" + text + "' has '" + c + "' where a letter A-Z is due");
        }
    }
}
