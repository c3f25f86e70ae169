package io.tickflow.cli.commands;

import io.tickflow.cli.config.TickflowConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a batch command writes, with which configuration, for which period: shared by every batch command. */
public final class LayoutOptions {
    // --version names the period here, so these commands cannot use picocli's standard -V/--version; help stays.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--out", defaultValue = "tickflow-data/out", description = "Layout root (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--config", description = "YAML configuration overriding the defaults (config/tickflow.yaml).")
    Path config;

    @Option(names = "--version", description = "Period folder (default: output.version of the configuration).")
    String version;

    /** The configuration: bundled defaults overlaid by {@code --config}. */
    TickflowConfig config() {
        return TickflowConfig.load(config);
    }

    /** The period: {@code --version}, else the configuration's. */
    String period(TickflowConfig cfg) {
        return version != null ? version : cfg.output().version();
    }

    Path out() {
        return out;
    }
}
