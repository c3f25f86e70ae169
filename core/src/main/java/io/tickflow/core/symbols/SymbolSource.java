package io.tickflow.core.symbols;

/**
 * The spellings of one security's ticker that tickflow reads. They differ only in how the suffix after the
 * root (preferred series, class, warrant, unit, right, when-issued, called) is written; see
 * <a href="https://www.nasdaqtrader.com/Trader.aspx?id=CQSSymbolConvention">Nasdaq's CQS symbol convention</a>.
 */
public enum SymbolSource {
    /** tickflow's own form: root, a dot, then the CMS suffix ({@code ABR.PRA}, {@code ACEL.WS}, {@code BRK.B}). */
    CANONICAL,
    /** FINRA Reg SHO files: CQS suffixes with {@code /} ({@code ABRpA}, {@code BMYr}, {@code ACEL/WS}, {@code BF/B}). */
    FINRA,
    /** Polygon: CQS suffixes with {@code .} ({@code ABRpA}, {@code BRK.B}, {@code ACEL.WS}). */
    POLYGON,
    /** SEC fails-to-deliver and FINRA short interest: root and CMS suffix run together ({@code ABRPRA}, {@code AKOB}). */
    CONCATENATED
}
