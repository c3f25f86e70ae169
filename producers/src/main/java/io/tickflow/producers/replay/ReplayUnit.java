package io.tickflow.producers.replay;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one ledger entry accounts for: one file, or the files of one date merged into one stream by event time.
 *
 * @param key   ledger key: the file's path for one file (as earlier versions wrote it), else
 *              {@code merged|<date>|<hash of the paths>}, so that the same files give the same key on a rerun
 * @param files the files, in the order given
 */
record ReplayUnit(String key, List<Path> files) {

    ReplayUnit {
        files = List.copyOf(files);
    }

    boolean merged() {
        return files.size() > 1;
    }

    /** Each file alone. */
    static List<ReplayUnit> perFile(List<Path> files) {
        return files.stream().map(f -> new ReplayUnit(f.toString(), List.of(f))).toList();
    }

    /**
     * Files grouped by the date in their path ({@link ReplayFiles#dateOf}), in order of first appearance; a file
     * without a date stays alone. The seed's layout keeps one ticker-day per file, so a date's group is that day's
     * tickers, merged into one tape.
     */
    static List<ReplayUnit> byDate(List<Path> files) {
        Map<Object, List<Path>> groups = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<LocalDate> date = ReplayFiles.dateOf(file);
            groups.computeIfAbsent(date.isPresent() ? date.get() : file, k -> new ArrayList<>()).add(file);
        }
        List<ReplayUnit> units = new ArrayList<>();
        groups.forEach((date, group) -> units.add(group.size() == 1 ? new ReplayUnit(group.get(0).toString(), group)
                : new ReplayUnit("merged|" + date + "|" + hash(group), group)));
        return units;
    }

    private static String hash(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach(f -> sha.update((f.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
