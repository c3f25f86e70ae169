package io.tickflow.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickflow.cli.batch.DatasetBatch;
import io.tickflow.cli.batch.DatasetOutput;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.sinks.partition.DatasetLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tickflow batch dataset}: the ML dataset of a period from its bars, labels, weights and daily cache. */
@Command(name = "dataset", 
        description = "Join labels, weights, event bars and the previous session's daily metrics into "
                + "processed/datasets/global/dataset_<version>.parquet plus meta_<version>.json.")
public final class BatchDatasetCommand implements Callable<Integer> {
    @Mixin
    LayoutOptions layout;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = layout.config();
        String period = layout.period(cfg);
        Path out = layout.out();
        DatasetBatch.Result result = new DatasetBatch(cfg.dataset().regimeTable(), cfg.sessions().scope()).run(out, period);
        List<Path> inputs = List.of(DatasetLayout.BARS_DIB, DatasetLayout.LABELS, DatasetLayout.WEIGHTS,
                DatasetLayout.DAILY_CACHE).stream().map(l -> out.resolve(l.folderFor(period))).toList();
        ObjectNode configuration = new ObjectMapper().valueToTree(cfg);
        Path file = DatasetOutput.write(out, period, result, configuration, inputs);
        System.out.printf("%,d rows from %,d labels (%d without their bar, %d without weights: session still open) -> %s%n",
                result.rows().size(), result.labels(), result.withoutBar(), result.withoutWeight(), file);
        return result.withoutBar() == 0 ? 0 : 1;
    }
}
