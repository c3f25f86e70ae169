package io.tickflow.cli.download;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tickflow.cli.Tickflow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tickflow download} against a local server on 127.0.0.1 serving real files. */
class DownloadCommandTest {

    private static final Path REAL = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));

    @TempDir
    Path dir;
    private HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent: " + REAL.toAbsolutePath());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestURI().toString();
            requests.add(key);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = files.get(key);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        Files.writeString(dir.resolve("fast.yaml"), "download:\n  min_interval_ms: 0\n  initial_backoff_ms: 10\n");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void downloadsFinraDaysAndSkipsThemOnARerun() throws IOException {
        files.put("/equity/regsho/daily/CNMSshvol20200102.txt", Files.readAllBytes(REAL.resolve("finra_regsho/CNMSshvol20200102.txt")));
        files.put("/equity/regsho/daily/CNMSshvol20200103.txt", Files.readAllBytes(REAL.resolve("finra_regsho/CNMSshvol20200103.txt")));
        String[] args = {"download", "finra", "--from", "2020-01-01", "--to", "2020-01-03", "--root", dir.toString(),
                "--config", dir.resolve("fast.yaml").toString(), "--finra-url", url()};

        Run first = run(args);
        Run second = run(args);

        // 2020-01-01 is New Year's Day: 404, reported as no file, which is not an error
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("NO_FILE  finra CNMS 2020-01-01", "DONE     finra CNMS 2020-01-02  records=8172",
                "total  done=2 skipped=0 no_file=1 blocked=0 invalid=0 failed=0");
        assertThat(second.out()).contains("total  done=0 skipped=2 no_file=1 blocked=0 invalid=0 failed=0");
        assertThat(dir.resolve("raw/finra/regsho_daily_txt/date=2020-01-03/_SUCCESS")).exists();
        assertThat(requests).hasSize(4); // 3 then only the no-file day again
    }

    @Test
    void polygonTradesInWatchlistModeFetchOnlyTheListedTickerDays() throws IOException {
        writeWatchlist("2022-04-28", "AAPL");
        writeWatchlist("2022-04-29", "AAPL", "ZZZ");
        files.put("/v3/trades/AAPL?timestamp=2022-04-28&order=asc&sort=timestamp&limit=50000",
                Files.readAllBytes(REAL.resolve("polygon_rest/trades_AAPL_limit2.json")));
        Run run = run("download", "polygon-trades", "--from", "2022-04-28", "--to", "2022-04-28", "--root", dir.toString(),
                "--config", dir.resolve("fast.yaml").toString(), "--polygon-url", url(), "--api-key-env", "PATH",
                "--watchlists", dir.resolve("daily").toString(), "--version", "v9");

        assertThat(run.exit()).isZero();
        assertThat(requests).containsExactly("/v3/trades/AAPL?timestamp=2022-04-28&order=asc&sort=timestamp&limit=50000");
        assertThat(authorizations).containsExactly("Bearer " + System.getenv("PATH"));
        assertThat(run.out()).doesNotContain(System.getenv("PATH"));
        Path partition = dir.resolve("raw/polygon/trades/v9/ticker=AAPL/date=2022-04-28");
        assertThat(partition.resolve("trades.parquet")).exists();
        assertThat(partition.resolve("trades.json")).doesNotExist();
        assertThat(run.out()).contains("total  done=1 skipped=0 no_file=0 blocked=0 invalid=0 failed=0  records=2 rejected=0");
        Run validate = run("validate", partition.resolve("trades.parquet").toString());
        assertThat(validate.out()).contains("format=polygon-trades-parquet  read=2 accepted=2 rejected=0");
    }

    @Test
    void polygonAggsKeepTheirJsonPagesWithKeepJson() throws IOException {
        files.put("/v2/aggs/ticker/AAPL/range/1/day/2005-04-01/2005-04-01?adjusted=false&sort=asc&limit=50000",
                Files.readAllBytes(REAL.resolve("polygon_rest/aggs_AAPL_1day_2005-04-01_2005-04-04.json")));
        Run run = run("download", "polygon-aggs", "--timespan", "day", "--from", "2005-04-01", "--to", "2005-04-01",
                "--root", dir.toString(), "--config", dir.resolve("fast.yaml").toString(), "--polygon-url", url(),
                "--api-key-env", "PATH", "--tickers", "AAPL", "--keep-json");

        // the fixture's second day (2005-04-04) is not this partition's: rejected with its reason, not an error
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("DONE     aggs day AAPL 2005-04-01  records=1 rejected=1");
        Path partition = dir.resolve("raw/polygon/ohlcv_daily/ticker=AAPL/date=2005-04-01");
        assertThat(partition.resolve("ohlcv.parquet")).exists();
        assertThat(partition.resolve("ohlcv.json")).exists();
        assertThat(Files.readString(partition.resolve("ohlcv.rejects.csv"))).contains("not on the partition's date=2005-04-01");
    }

    @Test
    void polygonWithoutItsKeyVariableIsRefusedBeforeAnyRequest() {
        Run run = run("download", "polygon-aggs", "--from", "2022-04-28", "--to", "2022-04-28", "--root", dir.toString(),
                "--polygon-url", url(), "--api-key-env", "TICKFLOW_TEST_NO_SUCH_VARIABLE", "--tickers", "AAPL");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("TICKFLOW_TEST_NO_SUCH_VARIABLE");
        assertThat(requests).isEmpty();
    }

    private void writeWatchlist(String date, String... tickers) throws IOException {
        Schema schema = SchemaBuilder.record("watchlist").fields().requiredString("ticker").endRecord();
        Path file = Files.createDirectories(dir.resolve("daily/date=" + date)).resolve("watchlist.parquet");
        try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withSchema(schema).withConf(new PlainParquetConfiguration()).build()) {
            for (String ticker : tickers) {
                GenericRecord row = new GenericData.Record(schema);
                row.put("ticker", ticker);
                writer.write(row);
            }
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Tickflow.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
