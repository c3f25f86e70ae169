package io.tickflow.cli.alerts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The ids of alerts already delivered, kept in a state folder so that a restart (which re-reads the alerts committed
 * after the last offset commit) sends nothing twice. One id per line, appended and flushed as each alert is
 * delivered; bounded: past {@code 2 × capacity} lines the file is rewritten atomically with the newest
 * {@code capacity} ids. Alert ids are per ticker-session and kind, so a capacity above a few days' alerts suffices.
 */
public final class DeliveredIds implements AutoCloseable {
    public static final String FILE = "delivered-alert-ids.txt";

    private final Path file;
    private final int capacity;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();
    private BufferedWriter out;
    private int linesInFile;

    /** Opens (or creates) the store in {@code stateDir}. */
    public DeliveredIds(Path stateDir, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.file = stateDir.resolve(FILE);
        this.capacity = capacity;
        try {
            Files.createDirectories(stateDir);
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines.stream().filter(l -> !l.isBlank()).forEach(this::remember);
                linesInFile = lines.size();
            }
            out = open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open delivered ids " + file + ": " + e.getMessage(), e);
        }
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** Records a delivered id durably (flushed before returning). */
    public void add(String id) {
        if (!remember(id)) {
            return;
        }
        try {
            out.write(id);
            out.newLine();
            out.flush();
            if (++linesInFile > 2 * capacity) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write delivered ids " + file + ": " + e.getMessage(), e);
        }
    }

    public int size() {
        return ids.size();
    }

    private boolean remember(String id) {
        boolean added = ids.add(id);
        if (ids.size() > capacity) {
            ids.remove(ids.iterator().next()); // the oldest
        }
        return added;
    }

    private void compact() throws IOException {
        out.close();
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.write(tmp, new ArrayList<>(ids), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        linesInFile = ids.size();
        out = open();
    }

    private BufferedWriter open() throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
