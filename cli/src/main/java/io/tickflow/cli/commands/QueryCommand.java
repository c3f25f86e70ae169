package io.tickflow.cli.commands;

import io.tickflow.cli.report.LayoutViews;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tickflow query}: DuckDB SQL over the output layout, with a view per dataset. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run DuckDB SQL over the Parquet layout; views: bars, trades, labels, weights, daily_cache,",
                "watchlist (those present under --root)."})
public final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"SELECT ticker, count(*) FROM bars GROUP BY 1\".")
    String sql;

    @Option(names = "--root", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--max-rows", defaultValue = "100", description = "Rows printed at most (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Override
    public Integer call() throws Exception {
        try (Connection db = LayoutViews.open(root); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder header = new StringBuilder();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                header.append(c > 1 ? "\t" : "").append(meta.getColumnLabel(c));
            }
            System.out.println(header);
            int rows = 0;
            while (rs.next() && rows++ < maxRows) {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    line.append(c > 1 ? "\t" : "").append(rs.getString(c));
                }
                System.out.println(line);
            }
        }
        return 0;
    }
}
