package io.tickflow.cli.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** An in-memory DuckDB connection that reads Parquet offline (its Parquet reader is built in). */
public final class DuckDb {
    private DuckDb() {
    }

    /** Opens a connection; extension auto-install is off, since machines here reach no extension repository. */
    public static Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = connection.createStatement()) {
            st.execute("SET autoinstall_known_extensions=false");
            st.execute("SET autoload_known_extensions=false");
        }
        return connection;
    }

    /** A SQL string literal of a path or glob. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
