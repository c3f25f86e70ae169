package io.tickflow.cli.batch;

import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.sinks.commit.BatchDatasetWriter;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.storage.LocalStorage;
import io.tickflow.streams.labels.BatchLabels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tickflow batch labels|weights} without Kafka: reads bars back from Parquet, runs the topology's core code
 * through {@link BatchLabels}, and writes labels or weights into the output layout with the sink's dataset writer.
 * Refused bars go to {@code rejects-labels.csv} (or {@code rejects-weights.csv}) in the output root, with their file
 * and reason; a separate name, so that a run does not truncate the rejects of {@code batch bars} in the same root.
 */
public final class LabelsBatch {
    /** Which dataset a run writes. */
    public enum Output {
        LABELS(DatasetLayout.LABELS, "labels"),
        WEIGHTS(DatasetLayout.WEIGHTS, "weights");

        final DatasetLayout layout;
        final String baseName;

        Output(DatasetLayout layout, String baseName) {
            this.layout = layout;
            this.baseName = baseName;
        }
    }

    /**
     * What a run did.
     *
     * @param bars    bars read
     * @param rows    labels or weights written
     * @param files   files written, relative to the output root
     * @param refused bars refused (in {@code rejects})
     */
    public record Outcome(int bars, int rows, List<String> files, long refused, Path rejects) {
    }

    private final LabelSettings labels;
    private final WeightSettings weights;

    public LabelsBatch(LabelSettings labels, WeightSettings weights) {
        this.labels = labels;
        this.weights = weights;
    }

    /** Labels or weights of the bars in {@code barFiles}, written under {@code out} for period {@code version}. */
    public Outcome run(List<Path> barFiles, Path out, String version, Output output) throws IOException {
        BarParquetReader reader = new BarParquetReader();
        List<ImbalanceBar> bars = reader.read(barFiles);
        BatchLabels.Result result = new BatchLabels(labels, weights).run(bars);
        try (RejectsCsvFileSink rejects = new RejectsCsvFileSink(out.resolve("rejects-" + output.baseName + ".csv"))) {
            for (BatchLabels.Refusal refusal : result.refused()) {
                rejects.accept(new Rejection(String.valueOf(reader.sourceOf(refusal.bar())), 0,
                        refusal.bar().toString(), refusal.reason(), "parquet:bars.dib", refusal.bar().getCloseTime()));
            }
            var rows = output == Output.LABELS ? result.labels() : result.weights();
            var writer = new BatchDatasetWriter(new LocalStorage(out), new ParquetFormat(ParquetSettings.DEFAULT));
            List<String> files = writer.write(output.layout, version, output.baseName, rows);
            return new Outcome(bars.size(), rows.size(), files, rejects.written(), rejects.file());
        }
    }
}
