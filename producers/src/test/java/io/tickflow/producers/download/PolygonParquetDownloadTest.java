package io.tickflow.producers.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.download.LocalSourceServer.Answer;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.producers.readers.polygon.PolygonParquetReader;
import io.tickflow.producers.readers.polygon.PolygonRestJsonReader;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polygon ticker-days downloaded from a local server on 127.0.0.1 serving the real REST fixtures, converted into the
 * seed's Parquet files, and read back with the Parquet reader: the records equal those the JSON reader makes of the
 * same pages.
 */
class PolygonParquetDownloadTest {

    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofMillis(500), Duration.ZERO);
    private static final String TRADES_URL = "/v3/trades/AAPL?timestamp=2022-04-28&order=asc&sort=timestamp&limit=50000";
    private static final String NEXT_URL = "/v3/trades/AAPL?cursor=YXA9MiZhcz0";
    private static final LocalDate TRADE_DAY = LocalDate.of(2022, 4, 28);

    /** Polygon's v3 REST names; times as the plain int64 ns of the JSON tokens; conditions a three-level LIST. */
    private static final String TRADES_SCHEMA = """
            message io.tickflow.polygon.trades {
              required int64 sip_timestamp;
              optional int64 participant_timestamp;
              optional int64 trf_timestamp;
              required double price;
              required double size;
              optional int32 exchange;
              required group conditions (LIST) {
                repeated group list {
                  required int32 element;
                }
              }
              optional int32 correction;
              optional int64 sequence_number;
              optional int32 tape;
              optional binary id (STRING);
              optional int32 trf_id;
            }
            """;

    /** Polygon's aggregate names; t the plain int64 ms of the JSON, v a double (Polygon sends 642646396.0). */
    private static final String AGGS_SCHEMA = """
            message io.tickflow.polygon.aggs {
              required int64 t;
              required double o;
              required double h;
              required double l;
              required double c;
              required double v;
              optional double vw;
              optional int64 n;
            }
            """;

    @TempDir
    Path root;
    private LocalSourceServer server;
    private DownloadPlans plans;
    private String tradesPage;

    @BeforeEach
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent: " + REAL.toAbsolutePath());
        server = new LocalSourceServer();
        plans = new DownloadPlans(SourceUrls.allAt(server.base()), root.resolve("raw"));
        tradesPage = Files.readString(REAL.resolve("polygon_rest/trades_AAPL_limit2.json"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tradesPagesBecomeOneZstdParquetThatReadsBackAsTheJsonReaderReadsThePages() throws Exception {
        serveTwoTradePages();
        TargetOutcome outcome = downloadTrades(JsonPages.DELETE);

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        assertThat(outcome.records()).isEqualTo(4); // 2 trades per page, 2 pages
        assertThat(outcome.rejected()).isZero();
        Path dir = tradesDir();
        assertThat(filesUnder(dir)).containsExactly("_SUCCESS", "trades.parquet");
        assertThat(dir.resolve(Downloader.SUCCESS)).hasContent("files=trades.parquet\nrecords=4");
        assertThat(codecsOf(dir.resolve("trades.parquet"))).containsOnly(CompressionCodecName.ZSTD);
        assertThat(schemaOf(dir.resolve("trades.parquet"))).isEqualTo(TRADES_SCHEMA);

        List<Object> fromParquet = withoutSource(readParquet(dir.resolve("trades.parquet"), Kind.TRADES));
        List<Object> fromJson = withoutSource(readJson(REAL.resolve("polygon_rest/trades_AAPL_limit2.json")));
        fromJson.addAll(List.copyOf(fromJson)); // the second page serves the same two trades
        assertThat(fromParquet).isEqualTo(fromJson);
        Trade first = (Trade) fromParquet.get(0);
        // the raw JSON tokens, which a double would round to ...461979392 and ...461636608
        assertThat(first.getSipTs()).isEqualTo(1651181822461979400L);
        assertThat(first.getParticipantTs()).isEqualTo(1651181822461636600L);
        assertThat(first.getTrfTs()).isEqualTo(1651181557090806500L);
        assertThat(first.getConditions()).containsExactly(12, 37);
        assertThat(first.getId()).isEqualTo("183276");
    }

    @Test
    void keepJsonLeavesThePagesNextToTheParquetFile() throws Exception {
        serveTwoTradePages();
        TargetOutcome outcome = downloadTrades(JsonPages.KEEP);

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        assertThat(filesUnder(tradesDir())).containsExactly("_SUCCESS", "trades-page-0001.json", "trades.json",
                "trades.parquet");
        assertThat(tradesDir().resolve(Downloader.SUCCESS))
                .hasContent("files=trades-page-0001.json,trades.json,trades.parquet\nrecords=4");
    }

    @Test
    void rerunSkipsAConvertedPartitionWithoutARequest() throws Exception {
        serveTwoTradePages();
        downloadTrades(JsonPages.DELETE);
        TargetOutcome again = downloadTrades(JsonPages.DELETE);

        assertThat(again.status()).isEqualTo(DownloadStatus.SKIPPED);
        assertThat(server.seen()).hasSize(2);
    }

    @Test
    void producedFileIsDetectedAndValidatedAsPolygonTradesParquet() throws Exception {
        serveTwoTradePages();
        downloadTrades(JsonPages.DELETE);
        Path file = tradesDir().resolve("trades.parquet");

        assertThat(FormatDetector.detect(file)).contains(InputFormat.POLYGON_TRADES_PARQUET);
        ReadStats stats = SourceReaders.read(file, new ReadOptions(null, null, null), r -> { }, ignore()).stats();
        assertThat(stats).hasToString("read=4 accepted=4 rejected=0");
    }

    @Test
    void tradeRefusedByTheJsonReaderGoesToTheRejectsFileWithItsPageAndIndex() throws Exception {
        // the second trade of the page gets size 0, which the REST reader refuses
        String badSecond = tradesPage.replaceFirst("(?<head>\"price\": 157.43,[\\s\\S]*?\"size\": )10", "${head}0");
        server.script(TRADES_URL, Answer.ok(badSecond.getBytes(StandardCharsets.UTF_8)));
        TargetOutcome outcome = downloadTrades(JsonPages.DELETE);

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        assertThat(outcome.records()).isEqualTo(1);
        assertThat(outcome.rejected()).isEqualTo(1);
        assertThat(filesUnder(tradesDir())).containsExactly("_SUCCESS", "trades.parquet", "trades.rejects.csv");
        List<String> rejects = Files.readAllLines(tradesDir().resolve("trades.rejects.csv"));
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1)).startsWith(tradesDir().resolve("trades.json") + ",line 2,polygon-rest-json,")
                .contains("size must be > 0");
        assertThat(readParquet(tradesDir().resolve("trades.parquet"), Kind.TRADES)).hasSize(1);
    }

    @Test
    void aggregateOfAnotherDateIsRejectedAndTheRestReadsBackExactly() throws Exception {
        Path fixture = REAL.resolve("polygon_rest/aggs_AAPL_1day_2005-04-01_2005-04-04.json");
        server.script("/v2/aggs/ticker/AAPL/range/1/minute/2005-04-04/2005-04-04?adjusted=false&sort=asc&limit=50000",
                Answer.ok(Files.readAllBytes(fixture)));
        TargetOutcome outcome = new Downloader(new PoliteHttp(FAST, Map.of())).runOne(
                plans.polygonAggs(List.of(new TickerDay("AAPL", LocalDate.of(2005, 4, 4))), "minute", t -> t).get(0));

        // t 1112331600000 ms = 2005-04-01T05:00Z, 2005-04-01 in New York: not this partition's day
        assertThat(outcome.records()).isEqualTo(1);
        assertThat(outcome.rejected()).isEqualTo(1);
        Path dir = root.resolve("raw/polygon/ohlcv_intraday_1m/ticker=AAPL/date=2005-04-04");
        assertThat(filesUnder(dir)).containsExactly("_SUCCESS", "minute.parquet", "minute.rejects.csv");
        assertThat(schemaOf(dir.resolve("minute.parquet"))).isEqualTo(AGGS_SCHEMA);
        assertThat(Files.readString(dir.resolve("minute.rejects.csv")))
                .contains("is on 2005-04-01 in New York, not on the partition's date=2005-04-04");
        List<Object> fromParquet = withoutSource(readParquet(dir.resolve("minute.parquet"), Kind.MINUTE));
        List<Object> fromJson = withoutSource(readJson(fixture));
        assertThat(fromParquet).containsExactly(fromJson.get(1));
        // t 1112587200000 ms = 2005-04-04T04:00Z, midnight EDT (DST began on 2005-04-03)
        assertThat(((Bar) fromParquet.get(0)).getWindowStart()).isEqualTo(1_112_587_200_000_000_000L);
    }

    @Test
    void leftoverOfAKilledConversionIsNeverCountedAndIsReplaced() throws Exception {
        Path partial = Files.createDirectories(tradesDir().resolve(Downloader.PARTIAL_DIR));
        Files.write(partial.resolve("trades.parquet.tmp"), new byte[] {'P', 'A', 'R', '1', 0, 0}); // cut mid-write
        assertThat(FormatDetector.detect(partial.resolve("trades.parquet.tmp"))).isEmpty();
        serveTwoTradePages();

        TargetOutcome outcome = downloadTrades(JsonPages.DELETE);

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        assertThat(filesUnder(tradesDir())).containsExactly("_SUCCESS", "trades.parquet");
        assertThat(readParquet(tradesDir().resolve("trades.parquet"), Kind.TRADES)).hasSize(4);
    }

    @Test
    void tickerEscapedInItsFolderStillReadsBack() throws Exception {
        // Polygon's preferred share ABRpA; the CLI's path-safe encoding escapes lower case (ABR%70A) so that it never
        // shares a folder with ABRPA on a case-insensitive file system
        server.script("/v3/trades/ABRpA?timestamp=2022-04-28&order=asc&sort=timestamp&limit=50000",
                Answer.ok(tradesPage.getBytes(StandardCharsets.UTF_8)));
        List<DownloadTarget> targets = plans.polygonTrades(List.of(new TickerDay("ABRpA", TRADE_DAY)), "v1",
                t -> t.replace("p", "%70"));
        TargetOutcome outcome = new Downloader(new PoliteHttp(FAST, Map.of())).runOne(targets.get(0));

        assertThat(outcome.status()).isEqualTo(DownloadStatus.DONE);
        Path file = root.resolve("raw/polygon/trades/v1/ticker=ABR%70A/date=" + TRADE_DAY + "/trades.parquet");
        assertThat(readParquet(file, Kind.TRADES)).extracting(r -> ((Trade) r).getTicker())
                .containsExactly("ABR.PRA", "ABR.PRA");
    }

    private void serveTwoTradePages() {
        String first = tradesPage.replace("\"status\": \"OK\"",
                "\"next_url\": \"https://api.polygon.io" + NEXT_URL + "\", \"status\": \"OK\"");
        server.script(TRADES_URL, Answer.ok(first.getBytes(StandardCharsets.UTF_8)));
        server.script(NEXT_URL, Answer.ok(tradesPage.getBytes(StandardCharsets.UTF_8)));
    }

    private TargetOutcome downloadTrades(JsonPages pages) throws InterruptedException {
        List<DownloadTarget> targets = plans.polygonTrades(List.of(new TickerDay("AAPL", TRADE_DAY)), "v1_2020_2025",
                t -> t);
        return new Downloader(new PoliteHttp(FAST, Map.of()), pages).runOne(targets.get(0));
    }

    private Path tradesDir() {
        return root.resolve("raw/polygon/trades/v1_2020_2025/ticker=AAPL/date=" + TRADE_DAY);
    }

    private static List<Object> readParquet(Path file, Kind kind) {
        List<Object> records = new ArrayList<>();
        ReadStats stats = new PolygonParquetReader().read(file, kind, null, records::add, ignore());
        assertThat(stats.rejected()).isZero();
        return records;
    }

    private static List<Object> readJson(Path page) {
        List<Object> records = new ArrayList<>();
        new PolygonRestJsonReader().read(page, "AAPL", records::add, ignore());
        return records;
    }

    /** Records with their lineage (the file read) cleared: the only field allowed to differ. */
    private static List<Object> withoutSource(List<Object> records) {
        List<Object> cleared = new ArrayList<>();
        for (Object r : records) {
            cleared.add(r instanceof Trade t ? Trade.newBuilder(t).setSource(null).build()
                    : Bar.newBuilder((Bar) r).setSource(null).build());
        }
        return cleared;
    }

    private static String schemaOf(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter().getFileMetaData().getSchema().toString();
        }
    }

    private static List<CompressionCodecName> codecsOf(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter().getBlocks().stream()
                    .flatMap(block -> block.getColumns().stream()).map(c -> c.getCodec()).toList();
        }
    }

    private static DeadLetterSink ignore() {
        return new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
