package io.tickflow.cli.commands;

import io.tickflow.cli.batch.BatchAlertsCommand;
import io.tickflow.cli.batch.BatchDailyCommand;
import io.tickflow.cli.batch.BatchShortCommand;
import io.tickflow.cli.batch.BatchUniverseCommand;
import picocli.CommandLine.Command;

/**
 * {@code tickflow batch <stage>}: a stage's core code over files, without Kafka, writing the same layout as the
 * stream (DESIGN.md "Command line"). One subcommand per stage.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Run a stage over files without Kafka, writing the same Parquet layout as the stream.",
        subcommands = {BatchBarsCommand.class, BatchLabelsCommand.class, BatchWeightsCommand.class,
                BatchDailyCommand.class, BatchUniverseCommand.class, BatchShortCommand.class,
                BatchDatasetCommand.class, BatchAlertsCommand.class})
public final class BatchCommand {
}
