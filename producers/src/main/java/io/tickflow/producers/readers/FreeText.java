package io.tickflow.producers.readers;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins back the fields a separator inside free text split apart. Only one column per format may hold free
 * text (SEC DESCRIPTION; a FINRA Market list {@code B,Q,N} in a comma re-export), so when a row has more
 * fields than the header, the surplus belongs to that column.
 */
final class FreeText {

    private FreeText() {
    }

    static List<String> rejoin(List<String> fields, CsvHeader header, CsvDialect dialect, char separator) {
        int column = dialect.freeTextColumn() == null ? -1 : header.indexOf(dialect.freeTextColumn());
        int surplus = fields.size() - header.size();
        if (column < 0 || surplus <= 0) {
            return fields;
        }
        List<String> joined = new ArrayList<>(fields.subList(0, column));
        joined.add(String.join(String.valueOf(separator), fields.subList(column, column + surplus + 1)));
        joined.addAll(fields.subList(column + surplus + 1, fields.size()));
        return joined;
    }
}
