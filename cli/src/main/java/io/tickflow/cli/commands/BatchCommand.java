package io.tickflow.cli.commands;

import picocli.CommandLine.Command;

/** {@code tickflow batch <stage>}: the topologies' core code over files, without Kafka, into the same layout. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Run a stage's core code over files, without Kafka, writing the same Parquet layout.",
        subcommands = {BatchBarsCommand.class, BatchLabelsCommand.class, BatchWeightsCommand.class})
public final class BatchCommand {
}
