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
import picocli.CommandLine.Option;

/** {@code tickflow batch dataset}: the ML dataset of a period from its bars, labels, weights and daily cache. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Join labels, weights, event bars and the previous session's daily metrics into "
                + "processed/datasets/global/dataset_<version>.parquet plus meta_<version>.json.")
public final class BatchDatasetCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--config", description = "YAML configuration overriding the defaults.")
    Path config;

    @Option(names = "--version", description = "Period folder (default: output.version of the configuration).")
    String version;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = TickflowConfig.load(config);
        String period = version != null ? version : cfg.output().version();
        DatasetBatch.Result result = new DatasetBatch(cfg.dataset().regimeTable()).run(out, period);
        List<Path> inputs = List.of(DatasetLayout.BARS_DIB, DatasetLayout.LABELS, DatasetLayout.WEIGHTS,
                DatasetLayout.DAILY_CACHE).stream().map(l -> out.resolve(l.folderFor(period))).toList();
        ObjectNode configuration = new ObjectMapper().valueToTree(cfg);
        Path file = DatasetOutput.write(out, period, result, configuration, inputs);
        System.out.printf("%,d rows from %,d labels (%d without their bar, %d without weights: session still open) -> %s%n",
                result.rows().size(), result.labels(), result.withoutBar(), result.withoutWeight(), file);
        return result.withoutBar() == 0 ? 0 : 1;
    }
}
