package io.tickflow.cli.commands;

import io.tickflow.cli.batch.BarsBatch;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.core.bars.ImbalanceBarMode;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.bars.ImbalanceMetric;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.sinks.commit.BatchDatasetWriter;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.storage.LocalStorage;
import io.tickflow.streams.bars.DibBarsTopology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tickflow batch bars}: imbalance bars over trade files, without Kafka, into the same layout. */
@Command(name = "bars",
        description = "Build imbalance bars from trade files (Polygon trade day files, LEAN tick zips, any trade "
                + "format tickflow validate detects) with the topology's core code, no Kafka.")
public final class BatchBarsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Trade files, or folders of Polygon trade day files (YYYY-MM-DD.csv[.gz]).")
    List<Path> inputs;

    @Mixin
    LayoutOptions layout;

    @Option(names = "--sessions", description = "Session scope: regular, extended or none (one continuous stream).")
    SessionScope sessions;

    @Option(names = "--mode", description = "Bar mode: hardened or mlfinlab.")
    ImbalanceBarMode mode;

    @Option(names = "--metric", description = "Imbalance metric: dollar, volume or tick.")
    ImbalanceMetric metric;

    @Option(names = "--exp-num-ticks-init", description = "E0[T]: trades expected per bar before the first closes.")
    Long expNumTicksInit;

    @Override
    public Integer call() throws IOException {
        TickflowConfig cfg = layout.config();
        Path out = layout.out();
        DibBarsTopology.Settings settings = new DibBarsTopology.Settings(barSettings(cfg),
                sessions != null ? sessions : cfg.sessions().scope(), cfg.barsStage().sessionGrace(),
                cfg.barsStage().outOfOrderTolerance());
        String period = layout.period(cfg);
        List<Path> files = TradeDayFiles.find(inputs);
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(out)) {
            BarsBatch batch = new BarsBatch(settings);
            BarsBatch.Result result = batch.run(files, rejects);
            if (batch.notTrades() > 0) {
                System.out.printf("%,d records were not trades and were rejected%n", batch.notTrades());
            }
            List<String> written = new BatchDatasetWriter(new LocalStorage(out), new ParquetFormat(ParquetSettings.DEFAULT))
                    .write(DatasetLayout.BARS_DIB, period, "bars", result.bars());
            System.out.printf("%d files: %s; %,d bars in %,d files under %s; rejects in %s (%d)%n", files.size(),
                    result.read(), result.bars().size(), written.size(), out.resolve(DatasetLayout.BARS_DIB.folderFor(period)),
                    rejects.file(), rejects.written());
        }
        return 0;
    }

    private ImbalanceBarSettings barSettings(TickflowConfig cfg) {
        ImbalanceBarSettings s = cfg.bars().settings();
        if (mode != null && mode != s.mode()) {
            s = mode == ImbalanceBarMode.MLFINLAB ? ImbalanceBarSettings.mlfinlab(s.metric())
                    : ImbalanceBarSettings.defaults().withMetric(s.metric());
        }
        if (metric != null) {
            s = s.withMetric(metric);
        }
        if (expNumTicksInit != null) {
            s = s.withExpNumTicksInit(expNumTicksInit);
        }
        return s;
    }
}
