package io.tickflow.cli.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a query as text, for the report's tables and charts.
 *
 * @param header column labels
 * @param rows   cells as text: numbers with thousands separators, fractions to 4 decimals, null as empty
 * @param values the same cells as JDBC returned them
 */
record Table(List<String> header, List<List<String>> rows, List<List<Object>> values) {

    static Table query(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                header.add(meta.getColumnLabel(c));
            }
            List<List<String>> rows = new ArrayList<>();
            List<List<Object>> values = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                List<Object> raw = new ArrayList<>();
                for (int c = 1; c <= header.size(); c++) {
                    raw.add(rs.getObject(c));
                    row.add(text(rs.getObject(c)));
                }
                rows.add(row);
                values.add(raw);
            }
            return new Table(header, rows, values);
        }
    }

    /** First column as labels, {@code column} as values, in row order. */
    Map<String, Number> series(int column) {
        Map<String, Number> series = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Object value = values.get(r).get(column);
            series.put(rows.get(r).get(0), value instanceof Number n ? n : 0);
        }
        return series;
    }

    /** One column as doubles, nulls left out. */
    double[] doubles(int column) {
        return values.stream().map(v -> v.get(column)).filter(v -> v instanceof Number)
                .mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            double d = ((Number) value).doubleValue();
            return Math.abs(d) >= 1000 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.4f", d);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return value.toString();
    }
}
