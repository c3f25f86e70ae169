package io.tickflow.core.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolMapperTest {

    private final SymbolMapper mapper = new SymbolMapper();

    @ParameterizedTest
    @CsvSource({
            "ABRpA, ABR.PRA", "ARNCp, ARNC.PR", "BMYr, BMY.RT", "ACEL/WS, ACEL.WS", "TDW/WS/A, TDW.WSA",
            "ALLpA/CL, ALL.PRACL", "BF/B, BF.B", "AAQC/U, AAQC.U", "CARRw, CARR.WI", "AAPL, AAPL",
            "BACpY/CL, BAC.PRYCL", "GLOrw, GLO.RTWI"})
    void mapsFinraSpellingToCanonicalAndBack(String finra, String canonical) {
        assertThat(mapper.toCanonical(SymbolSource.FINRA, finra)).isEqualTo(canonical);
        assertThat(mapper.fromCanonical(SymbolSource.FINRA, canonical)).isEqualTo(finra);
    }

    @ParameterizedTest
    @CsvSource({"ABRpA, ABR.PRA", "BRK.B, BRK.B", "ACEL.WS, ACEL.WS", "TDW.WS.A, TDW.WSA", "BMYr, BMY.RT"})
    void mapsPolygonSpellingToCanonicalAndBack(String polygon, String canonical) {
        assertThat(mapper.toCanonical(SymbolSource.POLYGON, polygon)).isEqualTo(canonical);
        assertThat(mapper.fromCanonical(SymbolSource.POLYGON, canonical)).isEqualTo(polygon);
    }

    @ParameterizedTest
    @CsvSource({"ABRPRD, ABR.PRD", "AAICPRB, AAIC.PRB", "AACWS, AAC.WS", "AAQCWS, AAQC.WS", "SPRO, SPRO",
            "ACAHU, ACAHU", "7110REORGPYMNT, 7110REORGPYMNT", "AKOB, AKOB"})
    void splitsOnlyUnambiguousConcatenatedSuffixes(String concatenated, String canonical) {
        assertThat(mapper.toCanonical(SymbolSource.CONCATENATED, concatenated)).isEqualTo(canonical);
        assertThat(mapper.fromCanonical(SymbolSource.CONCATENATED, canonical)).isEqualTo(concatenated);
    }

    @Test
    void splitsUnitSuffixWhenTheSourceSaysTheSymbolIsExchangeListed() {
        // short interest: AAQCU with market class NYSE is AAQC/U in Reg SHO; ACAHU on Nasdaq (SC) is native
        assertThat(mapper.toCanonicalConcatenated("AAQCU", true)).isEqualTo("AAQC.U");
        assertThat(mapper.toCanonicalConcatenated("ACAHU", false)).isEqualTo("ACAHU");
    }

    @Test
    void splitsClassSuffixWhenTheCandidateIsKnown() {
        SymbolMapper known = new SymbolMapper(Set.of("MOG.A"));
        assertThat(known.toCanonicalConcatenated("MOGAA", false)).isEqualTo("MOGAA");
        assertThat(new SymbolMapper(Set.of("MOGA.B")).toCanonicalConcatenated("MOGAB", false)).isEqualTo("MOGA.B");
    }

    @Test
    void rejectsSymbolsThatAreNotTickers() {
        assertThatThrownBy(() -> mapper.toCanonical(SymbolSource.FINRA, "AB C"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mapper.toCanonical(SymbolSource.FINRA, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mapper.toCanonical(SymbolSource.FINRA, "ABCx"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
