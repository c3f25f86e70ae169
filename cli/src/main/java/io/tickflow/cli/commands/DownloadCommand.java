package io.tickflow.cli.commands;

import io.tickflow.cli.config.TickflowConfig;
import io.tickflow.cli.download.WatchlistTickerDays;
import io.tickflow.producers.download.DownloadPlans;
import io.tickflow.producers.download.DownloadReport;
import io.tickflow.producers.download.DownloadTarget;
import io.tickflow.producers.download.Downloader;
import io.tickflow.producers.download.JsonPages;
import io.tickflow.producers.download.PoliteHttp;
import io.tickflow.producers.download.SourceUrls;
import io.tickflow.producers.download.TickerDay;
import io.tickflow.sinks.partition.PathSafeTicker;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tickflow download SOURCE --from D --to D}: fetches raw files into {@code <root>/raw/…}, resumably (a rerun
 * skips every unit marked {@code _SUCCESS}). Polygon ticker-days end as the seed's Parquet files
 * ({@code trades.parquet}, {@code minute.parquet}, {@code ohlcv.parquet}); their JSON pages are deleted unless
 * {@code --keep-json}. Exit code 0 when nothing failed, was blocked or invalid (rejected rows are counted, with their
 * reasons in the partition's rejects file, and do not fail the run).
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Download raw files by date range into the raw/ layout: finra (Reg SHO daily), ftd (SEC half-months),",
                "short-interest (FINRA), polygon-trades, polygon-aggs (Polygon REST; API key from an environment variable)."})
public final class DownloadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "finra | ftd | short-interest | polygon-trades | polygon-aggs")
    String source;

    @Option(names = "--from", required = true, description = "First date (YYYY-MM-DD); ftd takes its month.")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last date, inclusive.")
    LocalDate to;

    @Option(names = "--root", description = "Output root holding raw/ (default: output.root of the configuration).")
    Path root;

    @Option(names = "--config", description = "YAML configuration overlaying the bundled defaults.")
    Path config;

    @Option(names = "--facility", defaultValue = "CNMS", description = "finra: CNMS, FNSQ, FNYX, FNQC, FORF or FNRA (default: ${DEFAULT-VALUE}).")
    String facility;

    @Option(names = "--tickers", split = ",", description = "polygon-*: tickers, fetched on every weekday of the range.")
    List<String> tickers;

    @Option(names = "--watchlists", paramLabel = "DIR", description = "polygon-*: watchlist mode, only the ticker-days of "
            + "DIR/date=D/watchlist.parquet (processed/universe/info_rich/<version>/daily).")
    Path watchlists;

    @Option(names = "--version", description = "polygon-trades: <version> folder (default: output.version).")
    String version;

    @Option(names = "--timespan", defaultValue = "minute", description = "polygon-aggs: minute or day (default: ${DEFAULT-VALUE}).")
    String timespan;

    @Option(names = "--keep-json", description = "polygon-*: keep the REST JSON pages next to the Parquet file they are "
            + "converted into (default: delete them once the Parquet file is written and read back).")
    boolean keepJson;

    @Option(names = "--finra-url", description = "Base URL of FINRA (default: download.finra_url).")
    URI finraUrl;

    @Option(names = "--sec-url", description = "Base URL of the SEC (default: download.sec_url).")
    URI secUrl;

    @Option(names = "--polygon-url", description = "Base URL of Polygon (default: download.polygon_url).")
    URI polygonUrl;

    @Option(names = "--api-key-env", description = "Environment variable holding the Polygon key (default: download.polygon_api_key_env).")
    String apiKeyEnv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        TickflowConfig cfg = TickflowConfig.load(config);
        TickflowConfig.Download dl = cfg.download();
        Path raw = (root != null ? root : cfg.output().root()).resolve("raw");
        SourceUrls urls = new SourceUrls(finraUrl != null ? finraUrl : URI.create(dl.finraUrl()),
                secUrl != null ? secUrl : URI.create(dl.secUrl()), polygonUrl != null ? polygonUrl : URI.create(dl.polygonUrl()));
        List<DownloadTarget> targets = targets(new DownloadPlans(urls, raw), cfg);
        Downloader downloader = new Downloader(new PoliteHttp(dl.retryPolicy(), headers(dl)),
                keepJson ? JsonPages.KEEP : JsonPages.DELETE);
        PrintWriter out = spec.commandLine().getOut();
        int[] n = {0};
        DownloadReport report = downloader.run(targets, o -> {
            out.printf("[%d/%d] %-8s %s  records=%d rejected=%d attempts=%d  %s%n", ++n[0], targets.size(), o.status(),
                    o.target().label(), o.records(), o.rejected(), o.attempts(), o.detail());
            out.flush();
        });
        out.printf("total  %s  records=%d rejected=%d%n", report, report.records(), report.rejected());
        out.flush();
        return report.clean() ? 0 : 1;
    }

    private List<DownloadTarget> targets(DownloadPlans plans, TickflowConfig cfg) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return switch (source) {
            case "finra" -> plans.finraDaily(from, to, facility);
            case "ftd" -> plans.secFtd(YearMonth.from(from), YearMonth.from(to));
            case "short-interest" -> plans.shortInterest(from, to);
            case "polygon-trades" -> plans.polygonTrades(tickerDays(), version != null ? version : cfg.output().version(),
                    PathSafeTicker::encode);
            case "polygon-aggs" -> plans.polygonAggs(tickerDays(), timespan, PathSafeTicker::encode);
            default -> throw new IllegalArgumentException("unknown source " + source
                    + " (finra, ftd, short-interest, polygon-trades, polygon-aggs)");
        };
    }

    private List<TickerDay> tickerDays() {
        if (watchlists != null) {
            return WatchlistTickerDays.read(watchlists, from, to);
        }
        if (tickers == null || tickers.isEmpty()) {
            throw new IllegalArgumentException("polygon downloads need --tickers or --watchlists");
        }
        List<TickerDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (String ticker : tickers) {
                    days.add(new TickerDay(ticker, d));
                }
            }
        }
        return days;
    }

    /** User-Agent always; for Polygon the key as a bearer token, read from the environment and never printed. */
    private Map<String, String> headers(TickflowConfig.Download dl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", dl.userAgent());
        if (source.startsWith("polygon")) {
            String env = apiKeyEnv != null ? apiKeyEnv : dl.polygonApiKeyEnv();
            String key = System.getenv(env);
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("environment variable " + env + " holding the Polygon API key is not set");
            }
            headers.put("Authorization", "Bearer " + key);
        }
        return headers;
    }
}
