package io.tickflow.cli.demo;

import io.tickflow.cli.batch.BarsBatch;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.report.DemoSummary;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.cli.run.TopicExport;
import io.tickflow.cli.run.TradeReplay;
import io.tickflow.producers.deadletter.RejectsCsvFileSink;
import io.tickflow.producers.replay.ReplayResult;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.sinks.commit.BatchDatasetWriter;
import io.tickflow.sinks.commit.ExportStats;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.storage.LocalStorage;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.bars.DibBarsTopology;
import io.tickflow.streams.labels.BatchLabels;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * The demo, step by step: generate, start broker and registry, create topics, run the topology, replay, land
 * Parquet, stop everything, then run the batch commands (bars, labels, weights) over the same files and let DuckDB
 * compare.
 */
public final class DemoRun {
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(10);

    private final DemoFolders folders;
    private final TickflowConfig config;
    private final GeneratorSettings generator;
    private final int partitions;
    private final PrintStream out;
    private final Stopwatch clock = new Stopwatch();

    public DemoRun(Path workDir, TickflowConfig config, GeneratorSettings generator, int partitions, PrintStream out) {
        this.folders = new DemoFolders(workDir);
        this.config = config;
        this.generator = generator;
        this.partitions = partitions;
        this.out = out;
    }

    /** Runs the demo; true when every check passed. */
    public boolean run() throws Exception {
        folders.reset();
        step("generate %d tickers x %d sessions (seed %d)", generator.tickers(), generator.sessions(), generator.seed());
        GenerationSummary data = new SyntheticMarketGenerator(generator).writeTo(folders.raw());
        out.printf("  %,d trades, %,d minute bars%n", data.trades(), data.minuteBars());
        runStream(data);
        step("batch: the same core code over the same files, without Kafka");
        BarsBatch.Result batch = runBatch(data);
        step("summary (DuckDB over the Parquet outputs)");
        List<DemoSummary.Comparison> comparisons = new ArrayList<>();
        for (DatasetLayout layout : List.of(DatasetLayout.BARS_DIB, DatasetLayout.LABELS, DatasetLayout.WEIGHTS)) {
            String name = layout == DatasetLayout.BARS_DIB ? "bars" : layout.topic();
            comparisons.add(new DemoSummary.Comparison(name, folders.streamGlob(layout, version()),
                    folders.batchGlob(layout, version())));
        }
        DemoSummary.Result summary = DemoSummary.compute(folders.streamGlob(DatasetLayout.TRADES, version()),
                comparisons, batch.census());
        DemoSummary.print(summary, out, folders.out().resolve("demo_summary.csv"));
        printWhere();
        return summary.tradesAccountedFor() && summary.streamEqualsBatch();
    }

    private void runStream(GenerationSummary data) throws Exception {
        step("start Kafka (KRaft, in-process) and the schema registry");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.onFreePorts(folders.broker()));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            out.printf("  bootstrap.servers=%s  schema registry=%s%n", broker.bootstrapServers(), registry.url());
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            createTopics(broker.bootstrapServers());
            step("start the streams app (exactly-once, RocksDB state in %s)", folders.state());
            try (StreamsRunner streams = StreamsRunner.start(streamsSettings(broker), config.stages(), client)) {
                step("replay %d trade files into 'trades', in time order", data.tradeFiles().size());
                ReplayResult replay = TradeReplay.run(broker.bootstrapServers(), client, data.tradeFiles(), 0);
                out.printf("  read %s; sent %,d%n", replay.total(), replay.sent());
                step("wait until the streams app has committed every trade");
                streams.awaitCaughtUp(Topics.TRADES.name(), CATCH_UP_TIMEOUT);
            }
            step("land bars.dib and trades as Parquet");
            land(broker.bootstrapServers(), client);
            step("stop streams, registry and broker");
        }
    }

    private void land(String bootstrap, SchemaRegistryClient client) throws IOException {
        for (var topic : List.of(Topics.TRADES, Topics.BARS_DIB, Topics.LABELS, Topics.WEIGHTS)) {
            ExportStats stats = TopicExport.catchUp(bootstrap, client, topic, folders.out(), version(),
                    "demo-export-" + topic.name());
            out.printf("  %-8s %,9d rows in %,5d files%n", topic.name(), stats.recordsWritten(), stats.filesWritten());
        }
    }

    private BarsBatch.Result runBatch(GenerationSummary data) throws IOException {
        try (RejectsCsvFileSink rejects = RejectsCsvFileSink.inDirectory(folders.batch())) {
            BarsBatch.Result result = new BarsBatch(barsSettings()).run(data.tradeFiles(), rejects);
            var writer = new BatchDatasetWriter(new LocalStorage(folders.batch()), new ParquetFormat(ParquetSettings.DEFAULT));
            var files = writer.write(DatasetLayout.BARS_DIB, version(), "bars", result.bars());
            BatchLabels.Result labels = new BatchLabels(config.labels().settings(), config.weights().settings())
                    .run(result.bars());
            writer.write(DatasetLayout.LABELS, version(), "labels", labels.labels());
            writer.write(DatasetLayout.WEIGHTS, version(), "weights", labels.weights());
            out.printf("  read %s; %,d bars in %,d files, %,d labels, %,d weights under %s%n", result.read(),
                    result.bars().size(), files.size(), labels.labels().size(), labels.weights().size(), folders.batch());
            return result;
        }
    }

    private void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var outcomes = new TopicProvisioner(admin, (short) 1).ensure(Topics.ALL, t -> partitions);
            out.printf("  %d topics created (%d partitions each)%n", outcomes.stream().filter(o -> o.created()).count(),
                    partitions);
        }
    }

    private StreamsSettings streamsSettings(EmbeddedKafkaBroker broker) {
        return new StreamsSettings("tickflow-demo", broker.bootstrapServers(), folders.state(), 1, Duration.ofMillis(500));
    }

    private DibBarsTopology.Settings barsSettings() {
        return config.barsStage();
    }

    private String version() {
        return config.output().version();
    }

    private void printWhere() {
        out.printf("%noutputs (%s):%n", clock.total());
        for (DatasetLayout layout : DatasetLayout.ALL) {
            out.printf("  %-8s stream %s%n", layout.topic(), folders.out().resolve(layout.folderFor(version())));
        }
        out.printf("  batch        %s%n", folders.batch().resolve("processed"));
        out.printf("  summary      %s%n", folders.out().resolve("demo_summary.csv"));
        out.printf("  query them:  ./tickflow query \"SELECT ticker, count(*) FROM bars GROUP BY 1\" --root %s%n",
                folders.out());
    }

    private void step(String format, Object... args) {
        out.printf("[%s] %s%n", clock.lap(), String.format(format, args));
    }
}
