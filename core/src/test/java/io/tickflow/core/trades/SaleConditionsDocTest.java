package io.tickflow.core.trades;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** docs/sale-conditions.md and SaleConditions say the same thing, code by code. */
class SaleConditionsDocTest {

    /** Maven runs tests in the module folder; the docs sit beside the modules. */
    private static final Path DOC = Path.of("../docs/sale-conditions.md");

    @Test
    void everyConditionRowOfTheDocMatchesTheCodeInBothScopes() throws IOException {
        Map<Integer, List<String>> rows = tableRows("| code | name |");

        assertThat(rows.keySet()).as("codes 0..55, each once").containsExactlyElementsOf(range(0, 55));
        for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
            int code = row.getKey();
            assertThat(row.getValue().get(6)).as("bars (regular) of code %d", code)
                    .isEqualTo(yesNo(SaleConditions.isBarEligible(code, SessionScope.REGULAR)));
            assertThat(row.getValue().get(7)).as("bars (extended) of code %d", code)
                    .isEqualTo(yesNo(SaleConditions.isBarEligible(code, SessionScope.EXTENDED)));
        }
    }

    @Test
    void codesTheDocLeavesOutAreNeverTaken() {
        for (int code = 56; code < 80; code++) {
            assertThat(SaleConditions.isBarEligible(code, SessionScope.EXTENDED)).as("code %d", code).isFalse();
        }
    }

    @Test
    void everyCodeTheBarsTakeCountsForVolumeOrHasNoPolygonRule() throws IOException {
        tableRows("| code | name |").forEach((code, cells) -> {
            if (cells.get(7).equals("yes")) {
                assertThat(cells.get(3)).as("Volume of code %d", code).isIn("yes", "—");
            }
        });
    }

    @Test
    void correctionTableMatchesTheKeptCorrections() throws IOException {
        Map<Integer, List<String>> rows = tableRows("| correction |");

        assertThat(rows.keySet()).containsExactly(0, 1, 7, 8, 10, 11, 12);
        rows.forEach((value, cells) -> assertThat(cells.get(2)).as("correction %d", value)
                .isEqualTo(yesNo(SaleConditions.isKeptCorrection(value))));
    }

    /** The rows of the markdown table whose header line starts with {@code headerStart}, keyed by the first cell. */
    private static Map<Integer, List<String>> tableRows(String headerStart) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int header = indexOfLineStarting(lines, headerStart);
        Map<Integer, List<String>> rows = new TreeMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            assertThat(rows.put(Integer.parseInt(cells.get(0)), cells)).as("row %s twice", cells.get(0)).isNull();
        }
        return rows;
    }

    private static int indexOfLineStarting(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no table starting with " + start + " in " + DOC.toAbsolutePath());
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        String[] parts = line.split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
            cells.add(parts[i].strip());
        }
        return cells;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> codes = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            codes.add(c);
        }
        return codes;
    }
}
