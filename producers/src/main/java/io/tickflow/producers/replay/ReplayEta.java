package io.tickflow.producers.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Rate and time left of a file replay, from the bytes of the files finished so far. */
final class ReplayEta {
    private final ReplayClock clock;
    private final long startNanos;
    private final long totalBytes;
    private final int files;
    private long doneBytes;
    private int filesDone;

    ReplayEta(List<Path> files, ReplayClock clock) {
        this.clock = clock;
        this.startNanos = clock.nanoTime();
        this.totalBytes = files.stream().mapToLong(ReplayEta::size).sum();
        this.files = files.size();
    }

    void fileDone(Path file) {
        doneBytes += size(file);
        filesDone++;
    }

    int filesDone() {
        return filesDone;
    }

    int files() {
        return files;
    }

    FileReplayProgress report(long records, int done, Path file, boolean finished) {
        double seconds = (clock.nanoTime() - startNanos) / 1e9;
        double rate = seconds <= 0 ? 0 : records / seconds;
        long eta = doneBytes <= 0 ? -1 : (long) (seconds * (totalBytes - doneBytes) / doneBytes);
        return new FileReplayProgress(records, rate, done, files, eta, file, finished);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
