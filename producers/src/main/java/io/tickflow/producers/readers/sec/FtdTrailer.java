package io.tickflow.producers.readers.sec;

import io.tickflow.producers.readers.Trailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two closing lines of an SEC fails-to-deliver file: {@code Trailer record count 43147} and
 * {@code Trailer total quantity of shares 1056731899}. Both are checked: the count against the data rows,
 * the total against the quantities of the accepted rows (so a file with a rejected row fails the total too,
 * which is the point: the file's sums no longer hold). One instance per file read.
 */
final class FtdTrailer implements Trailer {

    private static final String COUNT = "Trailer record count ";
    private static final String TOTAL = "Trailer total quantity of shares ";

    private long quantitySum;

    /** Adds the quantity of an accepted row. */
    void add(long quantity) {
        quantitySum += quantity;
    }

    @Override
    public boolean matches(String line) {
        return line.startsWith("Trailer ");
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public Optional<String> problem(List<String> lines, long dataRows) {
        Long count = valueAfter(lines, COUNT);
        Long total = valueAfter(lines, TOTAL);
        List<String> problems = new ArrayList<>();
        if (count == null || total == null || lines.size() != 2) {
            problems.add("expected the two lines '" + COUNT + "N' and '" + TOTAL + "N', found " + lines);
        } else {
            if (count != dataRows) {
                problems.add("trailer says " + count + " records but " + dataRows + " data rows were read");
            }
            if (total != quantitySum) {
                problems.add("trailer says " + total + " shares in total but the accepted rows sum to " + quantitySum);
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static Long valueAfter(List<String> lines, String prefix) {
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                try {
                    return Long.parseLong(line.substring(prefix.length()).strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
