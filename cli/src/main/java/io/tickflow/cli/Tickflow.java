package io.tickflow.cli;

import io.tickflow.cli.commands.BrokerCommand;
import io.tickflow.cli.commands.TopicsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tickflow} command: one entry point, a subcommand per job. */
@Command(name = "tickflow", mixinStandardHelpOptions = true, versionProvider = TickflowVersion.class,
        description = "Streaming pipeline for US small-cap market data on Kafka.",
        subcommands = {BrokerCommand.class, TopicsCommand.class, CommandLine.HelpCommand.class})
public final class Tickflow {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Tickflow()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
