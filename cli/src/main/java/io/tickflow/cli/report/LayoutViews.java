package io.tickflow.cli.report;

import io.tickflow.sinks.partition.DatasetLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * DuckDB over an output root, with one view per dataset present (named as the layout names them: {@code bars},
 * {@code trades}, {@code labels}, {@code weights}, {@code daily_cache}, {@code watchlist}), across every
 * {@code <version>} folder; {@code version} and {@code file} columns say where each row came from. Part files of
 * the sink and compacted files are read alike; hidden temp files never (their names end in {@code .tmp}).
 */
public final class LayoutViews {
    private static final Map<String, DatasetLayout> VIEWS = views();

    private LayoutViews() {
    }

    private static Map<String, DatasetLayout> views() {
        Map<String, DatasetLayout> views = new LinkedHashMap<>();
        views.put("bars", DatasetLayout.BARS_DIB);
        views.put("trades", DatasetLayout.TRADES);
        views.put("labels", DatasetLayout.LABELS);
        views.put("weights", DatasetLayout.WEIGHTS);
        views.put("daily_cache", DatasetLayout.DAILY_CACHE);
        views.put("watchlist", DatasetLayout.INFO_RICH_WATCHLIST);
        return views;
    }

    /** The view names this class may create, in a stable order. */
    public static Set<String> names() {
        return VIEWS.keySet();
    }

    /** Opens DuckDB with a view per dataset that has Parquet files under {@code root}. */
    public static Connection open(Path root) throws SQLException, IOException {
        Connection db = DuckDb.open();
        try (Statement st = db.createStatement()) {
            for (var view : VIEWS.entrySet()) {
                Folders folders = Folders.of(root, view.getValue());
                if (folders.hasParquet()) {
                    st.execute("CREATE VIEW " + view.getKey() + " AS SELECT * EXCLUDE (filename),"
                            + " regexp_extract(filename, " + DuckDb.literal(folders.versions + "/([^/]+)/") + ", 1)"
                            + " AS version, filename AS file FROM read_parquet(" + DuckDb.literal(folders.glob())
                            + ", filename=true, hive_partitioning=false, union_by_name=true)");
                }
            }
        }
        return db;
    }

    /** The views an open connection has, by name. */
    public static Set<String> present(Connection db) throws SQLException {
        Set<String> present = new TreeSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT view_name FROM duckdb_views() WHERE NOT internal")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        return present;
    }

    /**
     * Where a dataset's files are: {@code versions} holds one folder per period; {@code suffix} is the path from a
     * period folder to the partitions ({@code ""}, or {@code "/daily"} for the watchlists).
     */
    private record Folders(Path versions, String suffix) {
        static Folders of(Path root, DatasetLayout layout) {
            String folder = layout.folderFor("{v}");
            int at = folder.indexOf("{v}");
            return new Folders(root.resolve(folder.substring(0, at)), folder.substring(at + "{v}".length()));
        }

        String glob() {
            return versions + "/*" + suffix + "/**/*.parquet";
        }

        boolean hasParquet() throws IOException {
            if (!Files.isDirectory(versions)) {
                return false;
            }
            try (Stream<Path> files = Files.walk(versions)) {
                return files.anyMatch(this::matches);
            }
        }

        private boolean matches(Path file) {
            Path relative = versions.relativize(file);
            String text = relative.toString().replace('\\', '/');
            String afterVersion = text.substring(text.indexOf('/') + 1);
            return relative.getNameCount() > 1 && text.endsWith(".parquet")
                    && (suffix.isEmpty() || afterVersion.startsWith(suffix.substring(1) + "/"));
        }
    }
}
