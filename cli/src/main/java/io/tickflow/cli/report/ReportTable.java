package io.tickflow.cli.report;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of text cells, as a report prints it: columns padded to their widest cell, numbers right-aligned.
 *
 * @param title   what the table shows
 * @param columns column names
 * @param rows    cells per row, each as long as {@code columns}; {@code null} cells print as empty
 */
public record ReportTable(String title, List<String> columns, List<List<String>> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    /** Every row of {@code rs}; doubles with 4 decimals, everything else as DuckDB renders it. */
    public static ReportTable of(String title, ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= columns.size(); c++) {
                Object v = rs.getObject(c);
                row.add(v == null ? null : v instanceof Double d ? String.format("%.4f", d) : v.toString());
            }
            rows.add(row);
        }
        return new ReportTable(title, columns, rows);
    }

    /** The cell at {@code row}, {@code column}. */
    public String cell(int row, String column) {
        return rows.get(row).get(columns.indexOf(column));
    }

    public void print(PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], text(row.get(c)).length());
            }
        }
        out.println("== " + title);
        out.println(line(columns, widths));
        rows.forEach(row -> out.println(line(row, widths)));
        if (rows.isEmpty()) {
            out.println("(no rows)");
        }
        out.println();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String t = text(cells.get(c));
            String pad = " ".repeat(widths[c] - t.length());
            b.append(c > 0 ? "  " : "").append(looksNumeric(t) ? pad + t : t + pad);
        }
        return b.toString().stripTrailing();
    }

    private static String text(String cell) {
        return cell == null ? "" : cell;
    }

    private static boolean looksNumeric(String t) {
        return !t.isEmpty() && t.matches("-?[0-9.,eE+-]+");
    }
}
