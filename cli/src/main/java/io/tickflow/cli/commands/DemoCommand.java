package io.tickflow.cli.commands;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.demo.DemoRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tickflow demo}: the main job end to end on the embedded default. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate small-cap data, start Kafka and the schema registry in-process, replay the trades,",
                "build dollar-imbalance bars in Kafka Streams, land Parquet and print a DuckDB summary."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--work-dir", defaultValue = "tickflow-data/demo",
            description = "Folder for generated data, broker logs, state and outputs; emptied first (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--config", description = "YAML configuration overriding the defaults (config/tickflow.yaml).")
    Path config;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions of the demo topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Mixin
    GenerateCommand.GeneratorOptions generator;

    @Override
    public Integer call() throws Exception {
        TickflowConfig cfg = TickflowConfig.load(config);
        boolean ok = new DemoRun(workDir, cfg, generator.settings(), partitions, System.out).run();
        return ok ? 0 : 3;
    }
}
