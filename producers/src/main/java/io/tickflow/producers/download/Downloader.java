package io.tickflow.producers.download;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.download.parquet.ConversionResult;
import io.tickflow.producers.download.parquet.PolygonPagesToParquet;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
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
 * <p>A Polygon target with a {@link ParquetTarget} is then converted: its pages are parsed by the REST JSON reader
 * into the partition's Parquet file, written as {@code .partial/<name>.parquet.tmp}, read back by the Parquet reader
 * (every row written must be accepted), then published under its final name with the rejects file; the pages are
 * published too or deleted, per {@link JsonPages}. A kill at any point leaves either no Parquet file in the partition
 * or a complete one, and no {@code _SUCCESS} before it.
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
    private final JsonPages jsonPages;

    /** A downloader that deletes Polygon pages once converted to Parquet. */
    public Downloader(PoliteHttp http) {
        this(http, JsonPages.DELETE);
    }

    /** @param jsonPages whether Polygon pages are kept next to the Parquet file they were converted into */
    public Downloader(PoliteHttp http, JsonPages jsonPages) {
        this.http = Objects.requireNonNull(http, "http");
        this.jsonPages = Objects.requireNonNull(jsonPages, "jsonPages");
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
            if (outcome.status() == DownloadStatus.DONE && target.parquet() != null) {
                outcome = toParquet(target, partial, outcome);
            }
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
        long rejected = 0;
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
            rejected += validation.rejected();
            Optional<URI> next = target.paged() ? NextPage.of(file, target.uri()) : Optional.empty();
            if (next.isEmpty()) {
                return new TargetOutcome(target, DownloadStatus.DONE, records, rejected, attempts, (page + 1) + " file(s)");
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

    /**
     * Converts a fetched ticker-day's pages into its Parquet file and rejects file under {@code partial}, reads the
     * file back, and deletes the pages unless they are kept; INVALID when the file does not read back whole.
     */
    private TargetOutcome toParquet(DownloadTarget target, Path partial, TargetOutcome fetched) throws IOException {
        ParquetTarget parquet = target.parquet();
        List<Path> pages = new ArrayList<>();
        for (int i = 0; Files.exists(partial.resolve(target.pageFileName(i))); i++) {
            pages.add(partial.resolve(target.pageFileName(i)));
        }
        Path out = partial.resolve(parquet.writingName());
        ConversionResult result;
        try (PartitionRejects rejects = new PartitionRejects(partial.resolve(parquet.rejectsName()), partial, target.dir())) {
            result = new PolygonPagesToParquet().convert(pages, target.ticker(), parquet.kind(), parquet.date(), out, rejects);
        }
        if (result.written()) {
            Validation back = validate(FormatDetector.parquetFormat(parquet.kind()), target.ticker(), out);
            if (back.accepted() != result.rows() || back.firstReason() != null) {
                return new TargetOutcome(target, DownloadStatus.INVALID, 0, 0, fetched.attempts(), parquet.fileName()
                        + " wrote " + result.rows() + " rows but reads back " + back.accepted() + ": " + back.firstReason());
            }
        }
        if (jsonPages == JsonPages.DELETE) {
            for (Path page : pages) {
                Files.delete(page);
            }
        }
        return new TargetOutcome(target, DownloadStatus.DONE, result.rows(), result.rejected(), fetched.attempts(),
                pages.size() + " page(s) into " + (result.written() ? parquet.fileName() : "no file (no rows)"));
    }

    /**
     * Accepted and rejected records and, when the reader refused any, the first reason (whole-file reasons first).
     *
     * @param wholeFileReason the reason the reader refused the file as a whole, or null
     */
    private record Validation(long accepted, long rejected, String wholeFileReason, String firstReason) {
    }

    private static Validation validate(DownloadTarget target, Path file) {
        return validate(target.format(), target.ticker(), file);
    }

    private static Validation validate(InputFormat format, String ticker, Path file) {
        String[] reasons = new String[2];
        DeadLetterSink firstReasons = new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                int slot = rejection.lineNumber() == Rejection.WHOLE_SOURCE ? 0 : 1;
                if (reasons[slot] == null) {
                    reasons[slot] = rejection.reason();
                }
            }

            @Override
            public void close() {
            }
        };
        var result = SourceReaders.read(file, new ReadOptions(format, ticker, null), record -> { }, firstReasons);
        return new Validation(result.stats().accepted(), result.stats().rejected(), reasons[0],
                reasons[0] != null ? reasons[0] : reasons[1]);
    }

    /** Moves every file of {@code partial} into {@code dir}, a {@code .tmp} one under its final name, then marks done. */
    private static void publish(Path partial, Path dir, TargetOutcome outcome) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(partial)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String published = name.endsWith(ParquetTarget.WRITING_SUFFIX)
                        ? name.substring(0, name.length() - ParquetTarget.WRITING_SUFFIX.length()) : name;
                Files.move(file, dir.resolve(published), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                names.add(published);
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
