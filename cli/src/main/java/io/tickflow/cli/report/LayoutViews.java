package io.tickflow.cli.report;

import io.tickflow.sinks.partition.DatasetLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;

/**
 * DuckDB over an output root, with one view per dataset present (named as the layout names them), across every
 * {@code <version>} folder; {@code version} and {@code file} columns say where each row came from.
 */
public final class LayoutViews {
    private static final Map<String, DatasetLayout> VIEWS = Map.of("bars", DatasetLayout.BARS_DIB,
            "trades", DatasetLayout.TRADES);

    private LayoutViews() {
    }

    public static Connection open(Path root) throws SQLException, IOException {
        Connection db = DuckDb.open();
        try (Statement st = db.createStatement()) {
            for (var view : VIEWS.entrySet()) {
                Path datasets = root.resolve(view.getValue().folderFor("x")).getParent();
                if (hasParquet(datasets)) {
                    st.execute("CREATE VIEW " + view.getKey() + " AS SELECT * EXCLUDE (filename),"
                            + " regexp_extract(filename, " + DuckDb.literal(datasets + "/([^/]+)/") + ", 1) AS version,"
                            + " filename AS file FROM read_parquet(" + DuckDb.literal(datasets + "/*/**/*.parquet")
                            + ", filename=true, hive_partitioning=false, union_by_name=true)");
                }
            }
        }
        return db;
    }

    private static boolean hasParquet(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".parquet"));
        }
    }
}
