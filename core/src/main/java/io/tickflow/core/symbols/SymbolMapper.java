package io.tickflow.core.symbols;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps tickers between the spellings of {@link SymbolSource} and tickflow's canonical form: the root, then
 * (when there is a suffix) a dot and the CMS suffix. FINRA {@code ABRpA}, Polygon {@code ABRpA}, SEC and
 * short interest {@code ABRPRA} all become {@code ABR.PRA}; FINRA {@code ACEL/WS} becomes {@code ACEL.WS};
 * FINRA {@code BMYr} becomes {@code BMY.RT}; a plain {@code AAPL} stays {@code AAPL}.
 *
 * <p>Reversible: for every symbol {@code s} that {@link #toCanonical} accepts,
 * {@code fromCanonical(source, toCanonical(source, s)).equals(s)}.
 *
 * <p>The concatenated spelling (SEC, short interest) has no separator, so where the root ends is a guess:
 * {@link #toCanonicalConcatenated} splits only a preferred ({@code PR}) or warrant ({@code WS}) suffix, and
 * only when the symbol is longer than four letters (NYSE roots have 1–4 letters, so {@code ABRPRD} is
 * {@code ABR.PRD} but {@code SPRO} stays whole). A class ({@code AKOB}) or unit ({@code AAQCU}) suffix is
 * split only when the caller knows the symbol is exchange-listed with a suffix, or the candidate appears in
 * a set of known canonical tickers. Immutable and thread-safe.
 */
public final class SymbolMapper {

    private static final Pattern ROOT = Pattern.compile("[A-Z0-9]{1,14}");
    private static final int MAX_NYSE_ROOT = 4;
    private static final CqsNotation FINRA = new CqsNotation('/');
    private static final CqsNotation POLYGON = new CqsNotation('.');

    private final Set<String> knownCanonical;

    /** A mapper with no list of known tickers. */
    public SymbolMapper() {
        this(Set.of());
    }

    /** @param knownCanonical canonical tickers known to exist, used to split ambiguous concatenated symbols */
    public SymbolMapper(Set<String> knownCanonical) {
        this.knownCanonical = Set.copyOf(knownCanonical);
    }

    /**
     * The canonical ticker of {@code symbol} as {@code source} spells it.
     *
     * @throws IllegalArgumentException when the symbol is not valid in that spelling
     */
    public String toCanonical(SymbolSource source, String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String canonical = switch (source) {
            case CANONICAL -> canonicalOf(symbol);
            case FINRA -> fromCqs(FINRA, symbol);
            case POLYGON -> fromCqs(POLYGON, symbol);
            case CONCATENATED -> toCanonicalConcatenated(symbol, false);
        };
        if (!fromCanonical(source, canonical).equals(symbol)) {
            throw new IllegalArgumentException("symbol '" + symbol + "' has no reversible " + source + " reading");
        }
        return canonical;
    }

    /**
     * The canonical ticker of a concatenated symbol (SEC, short interest).
     *
     * @param listedWithSuffix true when the source says the security is exchange-listed (short interest
     *                         market class NYSE, AMEX or ARCA), so a trailing unit or class letter after a
     *                         four-letter root is a suffix; false when unknown
     */
    public String toCanonicalConcatenated(String symbol, boolean listedWithSuffix) {
        requireRoot(symbol);
        if (symbol.length() <= MAX_NYSE_ROOT) {
            return symbol;
        }
        for (int rootLength = 1; rootLength <= MAX_NYSE_ROOT; rootLength++) {
            String suffix = symbol.substring(rootLength);
            if (suffix.startsWith("PR") || suffix.startsWith("WS")) {
                return joined(symbol.substring(0, rootLength), suffix);
            }
        }
        String root = symbol.substring(0, MAX_NYSE_ROOT);
        String candidate = joined(root, symbol.substring(MAX_NYSE_ROOT));
        boolean oneLetter = symbol.length() == MAX_NYSE_ROOT + 1;
        return oneLetter && (listedWithSuffix || knownCanonical.contains(candidate)) ? candidate : symbol;
    }

    /** The spelling of a canonical ticker in {@code source}. */
    public String fromCanonical(SymbolSource source, String canonical) {
        int dot = canonical.indexOf('.');
        String root = dot < 0 ? canonical : canonical.substring(0, dot);
        List<String> tokens = dot < 0 ? List.of() : SuffixTokens.ofCms(canonical.substring(dot + 1));
        return switch (source) {
            case CANONICAL -> canonical;
            case FINRA -> root + FINRA.write(tokens);
            case POLYGON -> root + POLYGON.write(tokens);
            case CONCATENATED -> root + SuffixTokens.toCms(tokens);
        };
    }

    private static String fromCqs(CqsNotation notation, String symbol) {
        int start = notation.suffixStart(symbol);
        String root = symbol.substring(0, start);
        requireRoot(root);
        return joined(root, SuffixTokens.toCms(notation.tokens(symbol.substring(start))));
    }

    private static String canonicalOf(String symbol) {
        int dot = symbol.indexOf('.');
        requireRoot(dot < 0 ? symbol : symbol.substring(0, dot));
        return dot < 0 ? symbol : joined(symbol.substring(0, dot), symbol.substring(dot + 1));
    }

    private static String joined(String root, String cmsSuffix) {
        return cmsSuffix.isEmpty() ? root : root + "." + SuffixTokens.toCms(SuffixTokens.ofCms(cmsSuffix));
    }

    private static void requireRoot(String root) {
        if (!ROOT.matcher(root).matches()) {
            throw new IllegalArgumentException("'" + root + "' is not a ticker root (1-14 of A-Z, 0-9)");
        }
    }
}
