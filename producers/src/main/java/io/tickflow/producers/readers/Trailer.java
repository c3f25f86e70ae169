package io.tickflow.producers.readers;

import java.util.List;
import java.util.Optional;

/**
 * The closing line(s) some formats append after the data: FINRA Reg SHO files end with the data-row count
 * ({@code 8172}), SEC fails-to-deliver files with {@code Trailer record count N} and
 * {@code Trailer total quantity of shares N}, Nasdaq Reg SHO lists with a creation timestamp. A trailer is
 * how a reader tells a complete file from a truncated download, so a missing or disagreeing trailer is a
 * rejection, never a shrug.
 */
public interface Trailer {

    /** True when {@code line} is a trailer line rather than data. */
    boolean matches(String line);

    /** True when a file without any trailer line is incomplete. */
    boolean required();

    /**
     * Checks the trailer lines against what was read.
     *
     * @param lines    the trailer lines, in file order (never empty)
     * @param dataRows data rows read (accepted plus rejected, blank lines excluded)
     * @return the reason the file disagrees with its trailer, or empty when it agrees
     */
    Optional<String> problem(List<String> lines, long dataRows);

    /** A trailer that is one bare integer, the number of data rows (FINRA Reg SHO daily files). */
    static Trailer rowCount() {
        return new RowCountTrailer();
    }

    /** The FINRA Reg SHO count trailer. */
    final class RowCountTrailer implements Trailer {
        @Override
        public boolean matches(String line) {
            return !line.isEmpty() && line.chars().allMatch(Character::isDigit);
        }

        @Override
        public boolean required() {
            return true;
        }

        @Override
        public Optional<String> problem(List<String> lines, long dataRows) {
            if (lines.size() != 1) {
                return Optional.of("expected one record-count trailer line, found " + lines.size());
            }
            long count = Long.parseLong(lines.get(0));
            return count == dataRows ? Optional.empty() : Optional.of("trailer says " + count
                    + " records but " + dataRows + " data rows were read: truncated or edited file");
        }
    }
}
