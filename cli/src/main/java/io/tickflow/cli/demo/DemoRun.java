package io.tickflow.cli.demo;

import io.tickflow.cli.batch.BarsBatch;
import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.embedded.BrokerSettings;
import io.tickflow.cli.embedded.EmbeddedKafkaBroker;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.report.DemoSummary;
import io.tickflow.cli.run.SinkCatchUp;
import io.tickflow.cli.run.SinkSettings;
import io.tickflow.cli.run.StandaloneSink;
import io.tickflow.cli.run.StreamsRunner;
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
import io.tickflow.sinks.connect.ParquetSinkConfig;
import io.tickflow.sinks.manifest.DatasetManifest;
import io.tickflow.sinks.manifest.PartitionManifest;
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
 * The demo, step by step: generate, start broker and registry, create topics, start Kafka Connect with the Parquet
 * sink, run the topology, replay, wait until the sink has landed and sealed everything, stop everything, then run the batch commands (bars, labels, weights) over the same files and let DuckDB
 * compare.
 */
public final class DemoRun {
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(10);
    private static final List<DatasetLayout> LANDED = List.of(DatasetLayout.TRADES, DatasetLayout.BARS_DIB,
            DatasetLayout.LABELS, DatasetLayout.WEIGHTS);

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
            SinkSettings sink = sinkSettings(broker.bootstrapServers(), registry.url());
            step("start Kafka Connect (standalone, in-process) with the Parquet sink: %s", sink.topics());
            try (StandaloneSink connect = StandaloneSink.start(sink)) {
                runStreams(data, broker, client);
                step("wait until the sink has committed every record and sealed the last sessions");
                land(sink);
                step("stop Connect, registry and broker");
            }
        }
    }

    private void runStreams(GenerationSummary data, EmbeddedKafkaBroker broker, SchemaRegistryClient client)
            throws Exception {
        step("start the streams app (exactly-once, RocksDB state in %s)", folders.state());
        try (StreamsRunner streams = StreamsRunner.start(streamsSettings(broker), config.stages(), client)) {
            step("replay %d trade files into 'trades', in time order", data.tradeFiles().size());
            ReplayResult replay = TradeReplay.run(broker.bootstrapServers(), client, data.tradeFiles(), 0);
            out.printf("  read %s; sent %,d%n", replay.total(), replay.sent());
            step("wait until the streams app has committed every trade");
            streams.awaitCaughtUp(Topics.TRADES.name(), CATCH_UP_TIMEOUT);
        }
    }

    /** The streams app has stopped, so the topics are finished: waits for their last records, then the seals. */
    private void land(SinkSettings sink) throws IOException, InterruptedException {
        var ends = SinkCatchUp.recordEnds(sink.bootstrapServers(), sink.topics());
        SinkCatchUp.awaitCommitted(sink.bootstrapServers(), sink.connectorName(), ends, CATCH_UP_TIMEOUT);
        List<Path> datasets = LANDED.stream().map(l -> folders.out().resolve(l.folderFor(version()))).toList();
        SinkCatchUp.awaitSealed(datasets, CATCH_UP_TIMEOUT);
        for (int i = 0; i < LANDED.size(); i++) {
            printLanded(LANDED.get(i).topic(), new DatasetManifest(datasets.get(i), LANDED.get(i).folderFor(version())));
        }
    }

    /** Rows, files and sealed folders of one dataset, from its partition manifests. */
    private void printLanded(String topic, DatasetManifest manifest) throws IOException {
        long rows = 0;
        long files = 0;
        long sealed = 0;
        List<String> partitions = manifest.folders();
        for (String partition : partitions) {
            PartitionManifest folder = manifest.read(partition);
            rows += folder.total().rows();
            files += folder.files().size();
            sealed += folder.isSealed() ? 1 : 0;
        }
        out.printf("  %-8s %,9d rows in %,5d files; %,d of %,d ticker-sessions sealed (_SUCCESS)%n", topic, rows, files,
                sealed, partitions.size());
    }

    /**
     * The sink as {@code tickflow sink} runs it, tuned to close files promptly on a small bounded input: the tail is
     * written when a poll brings nothing, and the end-of-input seal runs after 1 s idle (the synthetic sessions are
     * in the past, so their grace has passed on the wall clock).
     */
    private SinkSettings sinkSettings(String bootstrap, String registryUrl) {
        Map<String, String> connector = Map.of(ParquetSinkConfig.FLUSH_WHEN_IDLE_CONFIG, "true",
                ParquetSinkConfig.SEAL_IDLE_MS_CONFIG, "1000");
        return new SinkSettings(bootstrap, registryUrl, LANDED.stream().map(DatasetLayout::topic).toList(),
                folders.out(), version(), ParquetSinkConfig.FLUSH_SIZE_DEFAULT, -1, 250, folders.connect(), "tickflow-demo-sink", connector, Map.of());
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
