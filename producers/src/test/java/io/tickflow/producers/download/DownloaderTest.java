package io.tickflow.producers.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.download.LocalSourceServer.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every download case against a local server on 127.0.0.1 serving the real files and error bodies. */
class DownloaderTest {

    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
    private static final String FINRA_PATH = "/equity/regsho/daily/";
    /** The S3 body FINRA's CDN answers with 403, in the form PROVENANCE.md quotes (no copy of a real one is kept). */
    private static final String ACCESS_DENIED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied"
            + "</Code><Message>Access Denied</Message></Error>";
    /** Short backoffs; a request timeout generous enough that a loaded CI machine never times out by accident. */
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofSeconds(10), Duration.ZERO);
    /** Times out after 500 ms, for the test of a server that answers too late. */
    private static final RetryPolicy IMPATIENT = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofMillis(500), Duration.ZERO);

    @TempDir
    Path root;
    private LocalSourceServer server;
    private DownloadPlans plans;

    @BeforeEach
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent: " + REAL.toAbsolutePath());
        server = new LocalSourceServer();
        plans = new DownloadPlans(SourceUrls.allAt(server.base()), root.resolve("raw"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fetchesFinraWeekdaysOfARangeAndMarksEachDone() throws Exception {
        serveFinra("20200102", "20200103", "20200106");
        // 2020-01-02 Thu .. 2020-01-06 Mon: the weekend is never asked for
        DownloadReport report = run(plans.finraDaily(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 6), "CNMS"));

        assertThat(report.toString()).isEqualTo("done=3 skipped=0 no_file=0 blocked=0 invalid=0 failed=0");
        assertThat(report.outcomes()).extracting(TargetOutcome::records).containsExactly(8172L, 8124L, 8075L);
        assertThat(server.seen()).hasSize(3);
        Path day = root.resolve("raw/finra/regsho_daily_txt/date=2020-01-02");
        assertThat(day.resolve("CNMSshvol20200102.txt")).hasSameBinaryContentAs(REAL.resolve("finra_regsho/CNMSshvol20200102.txt"));
        assertThat(day.resolve(Downloader.SUCCESS)).hasContent("files=CNMSshvol20200102.txt\nrecords=8172");
        assertThat(day.resolve(Downloader.PARTIAL_DIR)).doesNotExist();
    }

    @Test
    void rerunSkipsWhatIsDoneWithoutARequest() throws Exception {
        serveFinra("20200102", "20200103");
        List<DownloadTarget> targets = plans.finraDaily(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3), "CNMS");
        run(targets);
        DownloadReport again = run(targets);

        assertThat(again.count(DownloadStatus.SKIPPED)).isEqualTo(2);
        assertThat(server.seen()).hasSize(2);
    }

    @Test
    void holidayAnswering404IsNoFile() throws Exception {
        server.script(FINRA_PATH + "CNMSshvol20200101.txt",
                new Answer(404, Files.readAllBytes(REAL.resolve("finra_regsho/error_bodies/CNMSshvol20210320.txt")), 0, Map.of()));
        TargetOutcome outcome = runOne(plans.finraDaily(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), "CNMS"));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.NO_FILE);
        assertThat(outcome.detail()).startsWith("HTTP 404: <!DOCTYPE HTML").contains("404 Not Found");
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.target().dir().resolve(Downloader.SUCCESS)).doesNotExist();
    }

    @Test
    void forbiddenIsBlockedAndNotRetried() throws Exception {
        server.script(FINRA_PATH + "CNMSshvol20200102.txt", Answer.status(403, ACCESS_DENIED));
        TargetOutcome outcome = runOne(plans.finraDaily(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2), "CNMS"));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.BLOCKED);
        assertThat(outcome.detail()).contains("AccessDenied");
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    void htmlErrorPageServedAs200IsInvalidAndNeverMarkedDone() throws Exception {
        byte[] html = Files.readAllBytes(REAL.resolve("finra_regsho/error_bodies/CNMSshvol20210320.txt"));
        server.script(FINRA_PATH + "CNMSshvol20210319.txt", Answer.ok(html));
        List<DownloadTarget> day = plans.finraDaily(LocalDate.of(2021, 3, 19), LocalDate.of(2021, 3, 19), "CNMS");
        TargetOutcome outcome = runOne(day);

        assertThat(outcome.status()).isEqualTo(DownloadStatus.INVALID);
        assertThat(outcome.detail()).startsWith("CNMSshvol20210319.txt: ").containsIgnoringCase("html");
        assertThat(filesUnder(outcome.target().dir())).isEmpty();
        runOne(day);
        assertThat(server.seen()).hasSize(2); // not done, so asked again
    }

    @Test
    void tooManyRequestsIsRetriedThenDone() throws Exception {
        byte[] file = Files.readAllBytes(REAL.resolve("finra_regsho/CNMSshvol20200102.txt"));
        server.script(FINRA_PATH + "CNMSshvol20200102.txt", Answer.status(429, "slow down"),
                Answer.status(429, "slow down"), Answer.ok(file));
        TargetOutcome outcome = runOne(plans.finraDaily(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2), "CNMS"));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        assertThat(outcome.attempts()).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedUntilTheAttemptsRunOut() throws Exception {
        server.script(FINRA_PATH + "CNMSshvol20200102.txt", Answer.status(503, "Service Unavailable"));
        TargetOutcome outcome = runOne(plans.finraDaily(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2), "CNMS"));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.FAILED);
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.detail()).isEqualTo("HTTP 503: Service Unavailable");
    }

    @Test
    void timeoutIsRetried() throws Exception {
        byte[] file = Files.readAllBytes(REAL.resolve("finra_regsho/CNMSshvol20200102.txt"));
        server.script(FINRA_PATH + "CNMSshvol20200102.txt", new Answer(200, file, 1500, Map.of()), Answer.ok(file));
        TargetOutcome outcome = new Downloader(new PoliteHttp(IMPATIENT, Map.of()))
                .runOne(plans.finraDaily(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2), "CNMS").get(0));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(outcome.records()).isEqualTo(8172);
    }

    @Test
    void secHalfMonthsUseTheAAndBSuffixes() throws Exception {
        server.script("/files/data/fails-deliver-data/cnsfails202009a.zip",
                Answer.ok(Files.readAllBytes(REAL.resolve("sec_ftd/cnsfails202009a.zip"))));
        DownloadReport report = run(plans.secFtd(YearMonth.of(2020, 9), YearMonth.of(2020, 9)));

        assertThat(report.outcomes()).extracting(TargetOutcome::status)
                .containsExactly(DownloadStatus.DONE, DownloadStatus.NO_FILE);
        assertThat(report.outcomes().get(0).records()).isEqualTo(43147);
        assertThat(root.resolve("raw/sec/ftd/year=2020/month=09/half=a/cnsfails202009a.zip")).exists();
        assertThat(server.seen()).extracting(LocalSourceServer.Seen::pathAndQuery).containsExactly(
                "/files/data/fails-deliver-data/cnsfails202009a.zip", "/files/data/fails-deliver-data/cnsfails202009b.zip");
    }

    @Test
    void shortInterestIsFetchedBySettlementDate() throws Exception {
        server.script("/equity/otcmarket/biweekly/shrt20210715.csv",
                Answer.ok(Files.readAllBytes(REAL.resolve("finra_short_interest/shrt20210715.csv"))));
        // July 2021: the 15th is a Thursday; the 31st a Saturday, so month-end settles on Friday the 30th
        DownloadReport report = run(plans.shortInterest(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 7, 31)));

        assertThat(report.outcomes()).extracting(o -> o.target().label() + " " + o.status())
                .containsExactly("short interest 2021-07-15 DONE", "short interest 2021-07-30 NO_FILE");
        assertThat(report.outcomes().get(0).records()).isEqualTo(144);
    }

    @Test
    void polygonTradesFollowNextUrlOnTheConfiguredHostWithTheKeyOnlyInAHeader() throws Exception {
        String page = Files.readString(REAL.resolve("polygon_rest/trades_AAPL_limit2.json"));
        String first = page.replace("\"status\": \"OK\"",
                "\"next_url\": \"https://api.polygon.io/v3/trades/AAPL?cursor=YXA9MiZhcz0\", \"status\": \"OK\"");
        server.script("/v3/trades/AAPL?timestamp=2022-04-28&order=asc&sort=timestamp&limit=50000",
                Answer.ok(first.getBytes(StandardCharsets.UTF_8)));
        server.script("/v3/trades/AAPL?cursor=YXA9MiZhcz0", Answer.ok(page.getBytes(StandardCharsets.UTF_8)));
        Downloader downloader = new Downloader(new PoliteHttp(FAST, Map.of("Authorization", "Bearer secret-key-123")));
        List<DownloadTarget> targets = plans.polygonTrades(List.of(new TickerDay("AAPL", LocalDate.of(2022, 4, 28))),
                "v1_2020_2025", t -> t);
        TargetOutcome outcome = downloader.runOne(targets.get(0));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        assertThat(outcome.records()).isEqualTo(4); // 2 trades per page, 2 pages
        assertThat(server.seen()).extracting(LocalSourceServer.Seen::authorization).containsOnly("Bearer secret-key-123");
        Path dir = root.resolve("raw/polygon/trades/v1_2020_2025/ticker=AAPL/date=2022-04-28");
        assertThat(filesUnder(dir)).containsExactly("_SUCCESS", "trades.parquet");
        assertThat(dir.resolve(Downloader.SUCCESS)).content().doesNotContain("secret");
        assertThat(outcome.toString()).doesNotContain("secret");
    }

    @Test
    void polygonMinuteAggsLandInTheIntradayLayout() throws Exception {
        server.script("/v2/aggs/ticker/AAPL/range/1/minute/2005-04-01/2005-04-01?adjusted=false&sort=asc&limit=50000",
                Answer.ok(Files.readAllBytes(REAL.resolve("polygon_rest/aggs_AAPL_1day_2005-04-01_2005-04-04.json"))));
        TargetOutcome outcome = runOne(plans.polygonAggs(List.of(new TickerDay("AAPL", LocalDate.of(2005, 4, 1))), "minute", t -> t));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        // the fixture's second bar is on 2005-04-04, not this partition's day
        assertThat(outcome.records()).isEqualTo(1);
        assertThat(outcome.rejected()).isEqualTo(1);
        assertThat(root.resolve("raw/polygon/ohlcv_intraday_1m/ticker=AAPL/date=2005-04-01/minute.parquet")).exists();
    }

    @Test
    void retryAfterOfA429IsHonouredUpToTheBackoffCap() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO);
        // 100 ms · 2^(attempt-2): 100, 200, 400; then capped at 2 s
        assertThat(policy.backoffBefore(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoffBefore(4)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffBefore(10)).isEqualTo(Duration.ofSeconds(2));
    }

    private void serveFinra(String... days) throws IOException {
        for (String day : days) {
            String name = "CNMSshvol" + day + ".txt";
            server.script(FINRA_PATH + name, Answer.ok(Files.readAllBytes(REAL.resolve("finra_regsho/" + name))));
        }
    }

    private DownloadReport run(List<DownloadTarget> targets) throws InterruptedException {
        return new Downloader(new PoliteHttp(FAST, Map.of())).run(targets, outcome -> { });
    }

    private TargetOutcome runOne(List<DownloadTarget> targets) throws InterruptedException {
        assertThat(targets).hasSize(1);
        return new Downloader(new PoliteHttp(FAST, Map.of())).runOne(targets.get(0));
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
