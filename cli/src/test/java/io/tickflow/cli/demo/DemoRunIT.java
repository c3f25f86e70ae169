package io.tickflow.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.report.DuckDb;
import io.tickflow.producers.synthetic.GeneratorSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end, twice. Unlike the other integration tests this one does not use the shared broker: starting
 * its own broker and registry on free ports is the behaviour under test, and a second run must start from empty
 * topics.
 */
class DemoRunIT {
    private static final GeneratorSettings SMALL = new GeneratorSettings(7, 4, 6, LocalDate.of(2024, 5, 1), 0.5);

    @TempDir
    Path dir;

    @Test
    void runsEndToEndWithEveryCheckPassingAndASecondRunGivesTheSameBars() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        boolean first = new DemoRun(dir.resolve("a"), TickflowConfig.defaults(), SMALL, 2,
                new PrintStream(console, true, StandardCharsets.UTF_8)).run();
        boolean second = new DemoRun(dir.resolve("b"), TickflowConfig.defaults(), SMALL, 2,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(first).as(printed).isTrue();
        assertThat(second).isTrue();
        assertThat(printed).contains("every eligible trade is in exactly one bar ........ OK")
                .contains("check: stream bars    == batch bars    row for row ........ OK")
                .contains("check: stream labels  == batch labels  row for row ........ OK")
                .contains("check: stream weights == batch weights row for row ........ OK");
        List<String> barsA = bars(dir.resolve("a/out/processed/bars"));
        assertThat(barsA).isNotEmpty().isEqualTo(bars(dir.resolve("b/out/processed/bars")));
        assertEveryTickerSessionSealedIncludingTheLastDay(dir.resolve("a/out/processed"));
    }

    /** The end-of-input seal: no later record passes the last session's grace, yet it has _SUCCESS. */
    private static void assertEveryTickerSessionSealedIncludingTheLastDay(Path processed) throws Exception {
        List<Path> dateFolders;
        try (var walk = java.nio.file.Files.walk(processed)) {
            dateFolders = walk.filter(java.nio.file.Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith("date=")).toList();
        }
        String lastDay = dateFolders.stream().map(p -> p.getFileName().toString()).max(String::compareTo).orElseThrow();
        assertThat(dateFolders).as("ticker-sessions of bars, labels and weights").isNotEmpty()
                .allSatisfy(folder -> assertThat(folder.resolve("_SUCCESS")).exists())
                .allSatisfy(folder -> assertThat(folder.resolve("_MANIFEST.json")).exists())
                .anySatisfy(folder -> assertThat(folder.getFileName().toString()).isEqualTo(lastDay));
    }

    @Test
    void refusesToEmptyAFolderItDidNotMake() throws Exception {
        Path userFolder = dir.resolve("mine");
        java.nio.file.Files.createDirectories(userFolder);
        java.nio.file.Files.writeString(userFolder.resolve("notes.txt"), "keep me");
        var run = new DemoRun(userFolder, TickflowConfig.defaults(), SMALL, 1, new PrintStream(new ByteArrayOutputStream()));
        org.assertj.core.api.Assertions.assertThatThrownBy(run::run)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not made by tickflow demo");
        assertThat(userFolder.resolve("notes.txt")).hasContent("keep me");
    }

    private static List<String> bars(Path root) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DuckDb.open(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM read_parquet(" + DuckDb.literal(root + "/**/*.parquet")
                     + ", hive_partitioning=false) ORDER BY ticker, session, seq")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(rs.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
