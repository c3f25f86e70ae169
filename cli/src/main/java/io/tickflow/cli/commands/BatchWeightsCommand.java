package io.tickflow.cli.commands;

import io.tickflow.cli.batch.BarParquetReader;
import io.tickflow.cli.batch.LabelsBatch;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tickflow batch weights}: sample weights over bar Parquet files. The labels are recomputed from the bars
 * with the same settings, so weights never mix with labels of another configuration.
 */
@Command(name = "weights", 
        description = "Sample weights (uniqueness, return attribution, time decay) of the triple-barrier events of bars.")
public final class BatchWeightsCommand implements Callable<Integer> {
    @Mixin
    LabelOptions options;

    @Option(names = "--decay", description = "Time decay c in (-1, 1]; 1 = none.")
    Double decay;

    @Override
    public Integer call() throws IOException {
        TickflowConfig cfg = options.config();
        String period = options.period(cfg);
        Path out = options.out();
        List<Path> files = BarParquetReader.find(options.barInputs(out.resolve(DatasetLayout.BARS_DIB.folderFor(period))));
        WeightSettings weights = decay != null ? new WeightSettings(decay) : cfg.weights().settings();
        var outcome = new LabelsBatch(options.labelSettings(cfg), weights).run(files, out, period, LabelsBatch.Output.WEIGHTS);
        System.out.printf("%,d bars from %,d files; %,d weights in %,d files under %s; %,d bars refused (%s)%n",
                outcome.bars(), files.size(), outcome.rows(), outcome.files().size(),
                out.resolve(DatasetLayout.WEIGHTS.folderFor(period)), outcome.refused(), outcome.rejects());
        return 0;
    }
}
