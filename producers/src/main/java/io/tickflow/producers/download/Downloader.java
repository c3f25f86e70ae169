package io.tickflow.producers.download;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Fetches targets into the raw layout so that a partial download never counts as done: every file is written
 * under {@code dir/.partial/} with its final name, validated by its reader (a body the reader rejects as a
 * whole, such as an HTML error page served with 200, fails the target), moved into {@code dir}, and only then
 * {@code dir/_SUCCESS} is written. A rerun skips every target whose {@code _SUCCESS} exists, without a request.
 *
 * <p>404 means the source has no file for that date (weekend, holiday, not yet published) and 403/401 means we
 * are refused; both are final and reported apart. Runs targets one after the other: the servers ask for
 * politeness, not parallelism.
 */
public final class Downloader {

    /** Marker of a finished target. */
    public static final String SUCCESS = "_SUCCESS";
    static final String PARTIAL_DIR = ".partial";
    /** A ticker-day never needs more pages than this; a server looping on next_url is cut off. */
    static final int MAX_PAGES = 10_000;

    private final PoliteHttp http;

    public Downloader(PoliteHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Runs every target in order.
     *
     * @param onOutcome told of each target as it ends (for progress lines)
     * @throws InterruptedException when interrupted; the target in flight stays unmarked
     */
    public DownloadReport run(List<DownloadTarget> targets, Consumer<TargetOutcome> onOutcome)
            throws InterruptedException {
        List<TargetOutcome> outcomes = new ArrayList<>(targets.size());
        for (DownloadTarget target : targets) {
            TargetOutcome outcome = runOne(target);
            outcomes.add(outcome);
            onOutcome.accept(outcome);
        }
        return new DownloadReport(outcomes);
    }

    /** Fetches one target unless it is marked done. */
    public TargetOutcome runOne(DownloadTarget target) throws InterruptedException {
        if (Files.exists(target.dir().resolve(SUCCESS))) {
            return new TargetOutcome(target, DownloadStatus.SKIPPED, 0, 0, "already done");
        }
        Path partial = target.dir().resolve(PARTIAL_DIR);
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            TargetOutcome outcome = fetchPages(target, partial);
            if (outcome.status() == DownloadStatus.DONE) {
                publish(partial, target.dir(), outcome);
            }
            deleteTree(partial);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write under " + target.dir(), e);
        }
    }

    private TargetOutcome fetchPages(DownloadTarget target, Path partial) throws InterruptedException {
        URI uri = target.uri();
        long records = 0;
        int attempts = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            Path file = partial.resolve(target.pageFileName(page));
            HttpAnswer answer = http.get(uri, file);
            attempts += answer.attempts();
            if (!answer.ok()) {
                return new TargetOutcome(target, statusOf(answer.status()), 0, attempts, answer.detail());
            }
            Validation validation = validate(target, file);
            if (validation.wholeFileReason() != null) {
                return new TargetOutcome(target, DownloadStatus.INVALID, 0, attempts,
                        file.getFileName() + ": " + validation.wholeFileReason());
            }
            records += validation.accepted();
            Optional<URI> next = target.paged() ? NextPage.of(file, target.uri()) : Optional.empty();
            if (next.isEmpty()) {
                return new TargetOutcome(target, DownloadStatus.DONE, records, attempts, (page + 1) + " file(s)");
            }
            uri = next.get();
        }
        return new TargetOutcome(target, DownloadStatus.FAILED, 0, attempts, "more than " + MAX_PAGES + " pages");
    }

    static DownloadStatus statusOf(int httpStatus) {
        return switch (httpStatus) {
            case 404, 410 -> DownloadStatus.NO_FILE;
            case 401, 403 -> DownloadStatus.BLOCKED;
            default -> DownloadStatus.FAILED;
        };
    }

    /** Accepted records and, when the reader refused the file as a whole, its reason. */
    private record Validation(long accepted, String wholeFileReason) {
    }

    private static Validation validate(DownloadTarget target, Path file) {
        String[] wholeFile = new String[1];
        DeadLetterSink firstWholeFile = new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                if (rejection.lineNumber() == Rejection.WHOLE_SOURCE && wholeFile[0] == null) {
                    wholeFile[0] = rejection.reason();
                }
            }

            @Override
            public void close() {
            }
        };
        ReadOptions options = new ReadOptions(target.format(), target.ticker(), null);
        var result = SourceReaders.read(file, options, record -> { }, firstWholeFile);
        return new Validation(result.stats().accepted(), wholeFile[0]);
    }

    private static void publish(Path partial, Path dir, TargetOutcome outcome) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(partial)) {
            for (Path file : files.sorted().toList()) {
                Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                names.add(file.getFileName().toString());
            }
        }
        String marker = "files=" + String.join(",", names) + "\nrecords=" + outcome.records() + "\n";
        Path tmp = dir.resolve(SUCCESS + ".tmp");
        Files.writeString(tmp, marker);
        Files.move(tmp, dir.resolve(SUCCESS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
