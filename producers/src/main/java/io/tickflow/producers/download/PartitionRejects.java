package io.tickflow.producers.download;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import java.nio.file.Path;

/**
 * The rejects file of one partition being converted ({@code <stem>.rejects.csv}, columns of
 * {@link RejectsCsvFileSink}), created at the first rejection only, so that a clean partition has none. Sources are
 * written as the page's published path ({@code dir/trades.json}, not {@code dir/.partial/trades.json}): the page is
 * found there when kept, and its name still says which page and result it was when not.
 */
final class PartitionRejects implements DeadLetterSink {

    private final Path file;
    private final Path partial;
    private final Path dir;
    private RejectsCsvFileSink csv;

    /**
     * @param file    the rejects file (under {@code partial} until published)
     * @param partial the folder the pages were fetched into
     * @param dir     the partition folder they are published to
     */
    PartitionRejects(Path file, Path partial, Path dir) {
        this.file = file;
        this.partial = partial;
        this.dir = dir;
    }

    @Override
    public void accept(Rejection r) {
        if (csv == null) {
            csv = new RejectsCsvFileSink(file);
        }
        Path source = Path.of(r.source());
        String published = source.startsWith(partial) ? dir.resolve(partial.relativize(source)).toString() : r.source();
        csv.accept(new Rejection(published, r.lineNumber(), r.raw(), r.reason(), r.format(), r.inputTsNanos()));
    }

    @Override
    public void close() {
        if (csv != null) {
            csv.close();
        }
    }
}
