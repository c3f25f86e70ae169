package io.tickflow.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * {@code tickflow report}: one self-contained HTML file over an output root, built with DuckDB over
 * {@link LayoutViews}; each section appears when its dataset is present.
 */
public final class LayoutReport {
    private LayoutReport() {
    }

    /** What was written. */
    public record Written(Path file, Set<String> datasets, int charts) {
    }

    /**
     * @param root the layout root
     * @param out  the HTML file to write (replaced)
     */
    public static Written write(Path root, Path out) throws IOException, SQLException {
        HtmlPage page = new HtmlPage("tickflow report: " + root.toAbsolutePath().normalize());
        Set<String> present;
        try (Connection db = LayoutViews.open(root)) {
            present = LayoutViews.present(db);
            if (present.isEmpty()) {
                page.paragraph("No dataset with Parquet files under this root (looked for "
                        + String.join(", ", LayoutViews.names()) + ").");
            }
            addSections(page, db, present);
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(out, page.html());
        return new Written(out, present, page.charts());
    }

    private static void addSections(HtmlPage page, Connection db, Set<String> present) throws SQLException, IOException {
        page.paragraph("Datasets: " + String.join(", ", present) + ".");
        if (present.contains("bars")) {
            BarsSection.add(page, db);
        }
        if (present.contains("labels")) {
            LabelsSection.labels(page, db);
        }
        if (present.contains("weights")) {
            LabelsSection.weights(page, db);
        }
        if (present.contains("daily_cache")) {
            DailySection.add(page, db);
        }
        if (present.contains("watchlist")) {
            UniverseSection.add(page, db);
        }
    }
}
