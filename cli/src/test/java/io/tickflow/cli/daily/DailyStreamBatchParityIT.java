package io.tickflow.cli.daily;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.cli.Tickflow;
import io.tickflow.cli.batch.DailyCacheReader;
import io.tickflow.cli.embedded.registry.EmbeddedSchemaRegistry;
import io.tickflow.cli.run.DailyTopicLanding;
import io.tickflow.cli.run.LatestPerSession;
import io.tickflow.cli.run.SettledOutputs;
import io.tickflow.cli.run.StreamsRunner;
import io.tickflow.cli.testing.SharedKafka;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.daily.DailyMetricsTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three months of generated minute bars, with two splits, end to end from the command line on both sides: the
 * stream side runs {@code tickflow replay --minute-aggs --splits} (bars.1m, reference.splits), the daily stage
 * (daily.metrics, universe.info-rich) and {@code tickflow export --topic daily.metrics | universe.info-rich}; the
 * batch side runs {@code tickflow batch daily --splits} and {@code batch universe} over the same files. Both land
 * the same files under {@code processed/} with the same bytes, and the same rows.
 */
@ExtendWith(SharedKafka.class)
class DailyStreamBatchParityIT {
    /** 6 tickers × 63 sessions (2024-01-02 … 2024-04-02), bursts after each ticker's tenth session. */
    private static final GeneratorSettings DATA = new GeneratorSettings(11, 6, 63, LocalDate.of(2024, 1, 2), 0.3);
    /** The seed's rules with a dollar-volume floor the small synthetic tape can reach, so watchlists are not empty. */
    private static final InfoRichRules RULES = new InfoRichRules(2.0, 0.15, 200_000, 0.5, 20, 2e9);
    private static final String VERSION = "v_parity";

    @TempDir
    Path dir;
    private EmbeddedSchemaRegistry registry;

    @AfterEach
    void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void streamLandingEqualsBatchOutputFileForFile() throws Exception {
        GenerationSummary data = new SyntheticMarketGenerator(DATA).writeTo(dir.resolve("in"));
        Path minutes = dir.resolve("in/us_stocks_sip/minute_aggs_v1");
        Path splits = Files.writeString(dir.resolve("splits.csv"), "ticker,execution_date,split_from,split_to\n"
                + data.tickers().get(0) + ",2024-02-15,10,1\n" + data.tickers().get(1) + ",2024-03-01,1,2\n");
        // Caps: ticker 0 above cap_max from February (its info-rich days then fail cap_max), ticker 1 below.
        Path caps = Files.writeString(dir.resolve("caps.csv"), "ticker,date,market_cap\n"
                + data.tickers().get(0) + ",2024-02-01,3000000000\n" + data.tickers().get(1) + ",2024-01-02,5e8\n");
        Path batchOut = dir.resolve("batch");
        assertThat(run("batch", "daily", "--input", minutes.toString(), "--splits", splits.toString(),
                "--out", batchOut.toString(), "--version", VERSION)).isZero();
        assertThat(run("batch", "universe", "--out", batchOut.toString(), "--version", VERSION,
                "--dvol", "200000", "--market-cap", caps.toString())).isZero();

        String bootstrap = SharedKafka.bootstrapServers();
        registry = EmbeddedSchemaRegistry.start(bootstrap, 0);
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        List<Topic<?>> topics = List.of(Topics.BARS_1M, Topics.DAILY_METRICS, Topics.INFO_RICH, Topics.DEAD_LETTER,
                Topics.SPLITS, Topics.MARKET_CAP);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin, (short) 1).ensure(topics, t -> 2);
        }
        String[] cluster = {"-b", bootstrap, "-r", registry.url()};
        assertThat(run(cat(new String[] {"replay", "--minute-aggs", "--splits", splits.toString(),
                "--market-cap", caps.toString()}, cluster,
                minutes.toString()))).isZero();
        var settings = new DailyMetricsTopology.Settings(SessionScope.REGULAR, Duration.ofMinutes(30), RULES);
        StreamsSettings app = new StreamsSettings("daily-parity-it", bootstrap, dir.resolve("state"), 1,
                Duration.ofMillis(200));
        try (StreamsRunner runner = StreamsRunner.start(app,
                DailyMetricsTopology.build(settings, DailyMetricsTopology.TopicSerdes.of(client)))) {
            runner.awaitCaughtUp(Topics.BARS_1M.name(), Duration.ofMinutes(4));
            // changed rows are sent once per commit interval: the last ones commit after the input offsets
            SettledOutputs.await(bootstrap, List.of(Topics.DAILY_METRICS.name(), Topics.INFO_RICH.name()),
                    Duration.ofSeconds(2), Duration.ofMinutes(2));
        }
        Path streamOut = dir.resolve("stream");
        for (String topic : List.of(Topics.DAILY_METRICS.name(), Topics.INFO_RICH.name())) {
            assertThat(run(cat(new String[] {"export", "--topic", topic, "--root", streamOut.toString(),
                    "--version", VERSION}, cluster))).isZero();
        }

        List<DailyMetrics> batchRows = DailyCacheReader.read(batchOut.resolve("processed/daily_cache/" + VERSION));
        LatestPerSession.Latest<DailyMetrics> latest = DailyTopicLanding.latestMetrics(bootstrap, client);
        System.out.printf("parity: %,d minute bars in, %,d daily.metrics updates, %,d ticker-sessions%n",
                data.minuteBars(), latest.recordsRead(), latest.rows().size());
        assertThat(batchRows).hasSize(6 * 63);
        assertThat(latest.rows()).containsExactlyElementsOf(batchRows);
        assertThat(latest.recordsRead()).as("one row or more per ticker-session").isGreaterThanOrEqualTo(latest.rows().size());
        assertThat(batchRows).filteredOn(r -> r.getDate().equals(LocalDate.of(2024, 2, 15))
                && r.getTicker().equals(data.tickers().get(0))).singleElement()
                .satisfies(r -> assertThat(r.getPctChgD()).as("1-for-10: the previous close ×10").isLessThan(-0.8));
        List<InfoRichFlag> flags = DailyTopicLanding.latestFlags(bootstrap, client).rows();
        assertThat(flags).filteredOn(f -> f.getTicker().equals(data.tickers().get(0)))
                .allSatisfy(f -> assertThat(f.getCapUnknown()).isEqualTo(f.getDate().isBefore(LocalDate.of(2024, 2, 1))))
                .filteredOn(f -> !f.getCapUnknown()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.getPassCap()).as("3e9 > cap_max 2e9").isFalse());
        assertThat(filesAndBytes(streamOut.resolve("processed"))).isEqualTo(filesAndBytes(batchOut.resolve("processed")));
        assertThat(batchOut.resolve("processed/universe/info_rich/" + VERSION + "/stats/topN_12m_rolling.parquet"))
                .exists();
        assertThat(Files.readAllLines(batchOut.resolve("processed/universe/info_rich/" + VERSION
                + "/info_rich_tickers.csv"))).hasSizeGreaterThan(1);
    }

    private static int run(String... args) {
        return Tickflow.commandLine().execute(args);
    }

    private static String[] cat(String[] head, String[] middle, String... tail) {
        return Stream.of(head, middle, tail).flatMap(Stream::of).toArray(String[]::new);
    }

    private static Map<String, String> filesAndBytes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
