package io.tickflow.cli;

import io.tickflow.cli.commands.AlertsCommand;
import io.tickflow.cli.commands.BatchCommand;
import io.tickflow.cli.commands.BenchCommand;
import io.tickflow.cli.commands.BrokerCommand;
import io.tickflow.cli.commands.CompactCommand;
import io.tickflow.cli.commands.DemoCommand;
import io.tickflow.cli.commands.DownloadCommand;
import io.tickflow.cli.commands.ExportCommand;
import io.tickflow.cli.commands.GenerateCommand;
import io.tickflow.cli.commands.LiveCommand;
import io.tickflow.cli.commands.QueryCommand;
import io.tickflow.cli.commands.RegistryCommand;
import io.tickflow.cli.commands.ReportCommand;
import io.tickflow.cli.commands.ReplayCommand;
import io.tickflow.cli.commands.SinkCommand;
import io.tickflow.cli.commands.StreamsCommand;
import io.tickflow.cli.commands.TopicsCommand;
import io.tickflow.cli.commands.UniverseReportCommand;
import io.tickflow.cli.commands.ValidateCommand;
import io.tickflow.cli.commands.WebCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tickflow} command: one entry point, a subcommand per job. */
@Command(name = "tickflow", mixinStandardHelpOptions = true, versionProvider = TickflowVersion.class,
        description = "Streaming pipeline for US small-cap market data on Kafka.",
        subcommands = {DemoCommand.class, GenerateCommand.class, BrokerCommand.class, RegistryCommand.class,
                TopicsCommand.class, ReplayCommand.class, StreamsCommand.class, ExportCommand.class, QueryCommand.class,
                BatchCommand.class, BenchCommand.class, ValidateCommand.class, SinkCommand.class, DownloadCommand.class,
                UniverseReportCommand.class, CompactCommand.class, ReportCommand.class, AlertsCommand.class,
                WebCommand.class, LiveCommand.class, CommandLine.HelpCommand.class})
public final class Tickflow {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Tickflow())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Tickflow::reportFailure);
    }

    /**
     * Expected failures (bad input, a taken port, an unreachable cluster) print one clear line; anything else
     * keeps its stack trace, since it is a bug.
     */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("tickflow " + cmd.getCommandName() + ": " + e.getMessage());
            return 1;
        }
        throw e;
    }
}
