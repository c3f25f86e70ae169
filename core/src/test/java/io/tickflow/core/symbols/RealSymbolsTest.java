package io.tickflow.core.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The mapper over every symbol of the real FINRA and short-interest files (PROVENANCE.md sections 1 and 3). */
class RealSymbolsTest {

    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
    private final SymbolMapper mapper = new SymbolMapper();

    @Test
    void everyFinraSymbolMapsReversibly() throws IOException {
        Set<String> canonical = new HashSet<>();
        List<String> symbols = finraSymbols();
        for (String symbol : symbols) {
            String mapped = mapper.toCanonical(SymbolSource.FINRA, symbol);
            assertThat(mapper.fromCanonical(SymbolSource.FINRA, mapped)).isEqualTo(symbol);
            assertThat(mapped).doesNotContain("/");
            canonical.add(mapped);
        }
        // one canonical ticker per distinct FINRA symbol: the map is injective
        assertThat(canonical).hasSize((int) symbols.stream().distinct().count());
        assertThat(canonical).contains("ABR.PRA", "BMY.RT", "ACEL.WS", "BF.B", "ALL.PRACL");
    }

    @Test
    void shortInterestPreferredMeetsTheFinraSpelling() throws IOException {
        Path file = REAL.resolve("finra_short_interest/shrt20210715.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data absent: " + file);
        Set<String> finra = finraSymbols().stream()
                .map(s -> mapper.toCanonical(SymbolSource.FINRA, s)).collect(Collectors.toSet());
        List<String> rows = Files.readAllLines(file).subList(1, 145);
        for (String row : rows) {
            String[] fields = row.split("\\|", -1);
            boolean listed = Set.of("NYSE", "AMEX", "ARCA").contains(fields[4]);
            String canonical = mapper.toCanonicalConcatenated(fields[1], listed);
            assertThat(mapper.fromCanonical(SymbolSource.CONCATENATED, canonical)).isEqualTo(fields[1]);
        }
        // ABRPRD (short interest) and ABRpD (Reg SHO) name the same preferred series
        assertThat(mapper.toCanonical(SymbolSource.CONCATENATED, "ABRPRD")).isEqualTo("ABR.PRD");
        assertThat(finra).contains("ABR.PRA", "ABR.PRB", "ABR.PRC");
    }

    private static List<String> finraSymbols() throws IOException {
        Path dir = REAL.resolve("finra_regsho");
        Assumptions.assumeTrue(Files.isDirectory(dir), "real data absent: " + dir);
        List<String> symbols = new java.util.ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().contains("shvol")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split("\\|");
                    if (fields.length == 6 && !fields[1].equals("Symbol")) {
                        symbols.add(fields[1]);
                    }
                }
            }
        }
        return symbols.stream().distinct().toList();
    }
}
