package io.tickflow.producers.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a replay: every regular file under the given paths (markers such as {@code _SUCCESS}, hidden
 * files and {@code .md} notes left out), kept within a date block, in date order then path order.
 *
 * <p>A file's date is the last date in its path: {@code date=2020-01-02}, {@code 2020-01-02.csv.gz},
 * {@code CNMSshvol20200102.txt}; an SEC half-month {@code cnsfails202009a|b} dates from the 1st or the 16th.
 * A file without a date is kept only when no block is given, and goes first.
 */
public final class ReplayFiles {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern BASIC = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern SEC_HALF = Pattern.compile("cnsfails(\\d{4})(\\d{2})([ab])");
    private static final int SECOND_HALF_DAY = 16;

    private ReplayFiles() {
    }

    /**
     * @param from first date kept, or null for no lower bound
     * @param to   last date kept (inclusive), or null
     */
    public static List<Path> find(List<Path> inputs, LocalDate from, LocalDate to) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(ReplayFiles::isData).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        boolean bounded = from != null || to != null;
        return files.stream().distinct()
                .filter(f -> !bounded || dateOf(f).filter(d -> (from == null || !d.isBefore(from))
                        && (to == null || !d.isAfter(to))).isPresent())
                .sorted(Comparator.comparing((Path f) -> dateOf(f).orElse(LocalDate.MIN)).thenComparing(Path::toString))
                .toList();
    }

    /** The date a file holds data of, from its path. */
    public static Optional<LocalDate> dateOf(Path file) {
        String path = file.toString().replace('\\', '/');
        Matcher sec = SEC_HALF.matcher(path);
        if (sec.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(sec.group(1)), Integer.parseInt(sec.group(2)),
                    sec.group(3).equals("a") ? 1 : SECOND_HALF_DAY));
        }
        LocalDate last = null;
        for (Pattern p : List.of(ISO, BASIC)) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                try {
                    last = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException notADate) {
                    // eight digits that are no date (a sequence number): ignore
                }
            }
            if (last != null) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".md")
                && !file.toString().replace('\\', '/').contains("/.partial/"); // a download in flight
    }
}
