package io.tickflow.cli.commands;

import io.tickflow.cli.batch.BarParquetReader;
import io.tickflow.cli.batch.LabelsBatch;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.sinks.partition.DatasetLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tickflow batch labels}: triple-barrier labels over bar Parquet files, without Kafka, into the same layout. */
@Command(name = "labels", 
        description = "Label bars with the triple barrier (the topology's core code, no Kafka).")
public final class BatchLabelsCommand implements Callable<Integer> {
    @Mixin
    LabelOptions options;

    @Override
    public Integer call() throws IOException {
        TickflowConfig cfg = options.config();
        String period = options.period(cfg);
        Path out = options.out();
        List<Path> files = BarParquetReader.find(options.barInputs(out.resolve(DatasetLayout.BARS_DIB.folderFor(period))));
        var outcome = new LabelsBatch(options.labelSettings(cfg), cfg.weights().settings())
                .run(files, out, period, LabelsBatch.Output.LABELS);
        System.out.printf("%,d bars from %,d files; %,d labels in %,d files under %s; %,d bars refused (%s)%n",
                outcome.bars(), files.size(), outcome.rows(), outcome.files().size(),
                out.resolve(DatasetLayout.LABELS.folderFor(period)), outcome.refused(), outcome.rejects());
        return 0;
    }
}
