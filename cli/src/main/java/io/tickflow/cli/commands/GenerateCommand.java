package io.tickflow.cli.commands;

import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tickflow generate}: deterministic small-cap-shaped data in Polygon's flat-file formats. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write deterministic synthetic trades and minute aggregates in Polygon flat-file format.")
public final class GenerateCommand implements Callable<Integer> {
    private static final int SHOWN_TICKERS = 20;

    @Option(names = "--out", defaultValue = "tickflow-data/raw",
            description = "Output root; files go to us_stocks_sip/{trades_v1,minute_aggs_v1}/YYYY/MM/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    GeneratorOptions generator;

    @Override
    public Integer call() throws IOException {
        GenerationSummary summary = new SyntheticMarketGenerator(generator.settings()).writeTo(out);
        System.out.printf("generated %,d trades and %,d minute bars for %d tickers x %d sessions under %s%n",
                summary.trades(), summary.minuteBars(), summary.tickers().size(), summary.sessions().size(),
                out.toAbsolutePath());
        List<String> tickers = summary.tickers();
        String shown = tickers.size() <= SHOWN_TICKERS ? String.join(" ", tickers)
                : String.join(" ", tickers.subList(0, SHOWN_TICKERS)) + " … (" + tickers.size() + " in all)";
        System.out.printf("tickers: %s; burst days (likely info-rich): %d%n", shown,
                summary.burstDays().size());
        return 0;
    }

    /** The generator's knobs, shared by {@code generate} and {@code demo}. */
    public static final class GeneratorOptions {
        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--tickers", defaultValue = "8", description = "Number of tickers (default: ${DEFAULT-VALUE}).")
        int tickers;

        @Option(names = "--sessions", defaultValue = "20", description = "Number of sessions (default: ${DEFAULT-VALUE}).")
        int sessions;

        @Option(names = "--start", defaultValue = "2024-01-02", description = "First session date (default: ${DEFAULT-VALUE}).")
        LocalDate start;

        @Option(names = "--scale", defaultValue = "1.0", description = "Trades per session multiplier (default: ${DEFAULT-VALUE}).")
        double scale;

        public GeneratorSettings settings() {
            return new GeneratorSettings(seed, tickers, sessions, start, scale);
        }
    }
}
