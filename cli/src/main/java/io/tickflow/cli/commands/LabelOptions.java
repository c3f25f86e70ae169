package io.tickflow.cli.commands;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.labels.LabelSettings;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs, output and triple-barrier flags shared by {@code batch labels} and {@code batch weights} (weights are
 * computed from the labels, so both take the same settings). Flags override the YAML section {@code labels:}.
 */
public final class LabelOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Bar Parquet files or folders (default: processed/bars/<version> under --out).")
    List<Path> inputs;

    @Mixin
    LayoutOptions layout;

    @Option(names = "--volatility-span", description = "Span of the EWM std of bar log returns (target sigma).")
    Integer volatilitySpan;

    @Option(names = "--cusum-k", description = "CUSUM threshold h = sigma * k.")
    Double cusumK;

    @Option(names = "--profit-take", description = "Upper barrier at +pt * sigma; 0 = none.")
    Double profitTake;

    @Option(names = "--stop-loss", description = "Lower barrier at -sl * sigma; 0 = none.")
    Double stopLoss;

    @Option(names = "--vertical-bars", description = "Vertical barrier N bars after the event; 0 = none.")
    Integer verticalBars;

    @Option(names = "--vertical-minutes", description = "Vertical barrier M minutes after t0; 0 = none.")
    Long verticalMinutes;

    TickflowConfig config() {
        return layout.config();
    }

    String period(TickflowConfig cfg) {
        return layout.period(cfg);
    }

    Path out() {
        return layout.out();
    }

    /** The bar inputs: the arguments, or the bars dataset of the period under {@code --out}. */
    List<Path> barInputs(Path defaultBars) {
        return inputs == null || inputs.isEmpty() ? List.of(defaultBars) : inputs;
    }

    LabelSettings labelSettings(TickflowConfig cfg) {
        LabelSettings s = cfg.labels().settings();
        return new LabelSettings(pick(volatilitySpan, s.volatilitySpan()), pick(cusumK, s.cusumK()),
                pick(profitTake, s.profitTake()), pick(stopLoss, s.stopLoss()), pick(verticalBars, s.verticalBars()),
                pick(verticalMinutes, s.verticalMinutes()));
    }

    private static <T> T pick(T flag, T configured) {
        return flag != null ? flag : configured;
    }
}
