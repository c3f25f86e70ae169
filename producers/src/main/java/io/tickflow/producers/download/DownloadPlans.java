package io.tickflow.producers.download;

import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The targets of each source for a date range, in the seed's {@code raw/} layout under a root folder.
 * Files are kept as published (the readers read them as they are), one folder per unit with its {@code _SUCCESS}.
 */
public final class DownloadPlans {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");
    private static final int MID_MONTH = 15;

    private final SourceUrls urls;
    private final Path raw;

    /**
     * @param urls base URLs
     * @param raw  the {@code raw/} folder the files land under
     */
    public DownloadPlans(SourceUrls urls, Path raw) {
        this.urls = Objects.requireNonNull(urls, "urls");
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /**
     * FINRA Reg SHO daily files {@code <facility>shvol<yyyymmdd>.txt} (facility CNMS, FNSQ, FNYX, FNQC, FORF, FNRA) of
     * every weekday in [from, to] into {@code raw/finra/regsho_daily_txt/date=D/}. Weekends are not asked for
     * (never published); a holiday answers 404 and is reported as no file.
     */
    public List<DownloadTarget> finraDaily(LocalDate from, LocalDate to, String facility) {
        List<DownloadTarget> targets = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String name = facility + "shvol" + d.format(BASIC) + ".txt";
            Path dir = raw.resolve("finra/regsho_daily_txt/date=" + d + (facility.equals("CNMS") ? "" : "/facility=" + facility));
            targets.add(new DownloadTarget("finra " + facility + " " + d, dir, name,
                    SourceUrls.under(urls.finra(), "/equity/regsho/daily/" + name), InputFormat.FINRA_REGSHO_DAILY, null, false));
        }
        return targets;
    }

    /**
     * SEC fails-to-deliver half-months {@code cnsfails<yyyymm>a.zip} (1st–15th) and {@code ...b.zip} (16th–end) of every
     * month in [from, to] into {@code raw/sec/ftd/year=Y/month=MM/half=a|b/}. The seed asked for {@code cnsfails<yyyymm>.zip},
     * which does not exist: 70 of 70 months answered 404.
     */
    public List<DownloadTarget> secFtd(YearMonth from, YearMonth to) {
        List<DownloadTarget> targets = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (String half : List.of("a", "b")) {
                String name = "cnsfails" + m.format(YYYYMM) + half + ".zip";
                Path dir = raw.resolve(String.format("sec/ftd/year=%04d/month=%02d/half=%s", m.getYear(), m.getMonthValue(), half));
                targets.add(new DownloadTarget("sec ftd " + m + half, dir, name,
                        SourceUrls.under(urls.sec(), "/files/data/fails-deliver-data/" + name), InputFormat.SEC_FTD, null, false));
            }
        }
        return targets;
    }

    /**
     * FINRA short interest {@code shrt<yyyymmdd>.csv} for the settlement dates in [from, to] into
     * {@code raw/finra/short_interest/settlement_date=D/}. Settlement dates are twice a month: the 15th and the
     * month's last day, each moved back to a Friday when on a weekend; one moved further by a holiday answers
     * 404 (no file) and can be asked for by its exact date with from = to.
     */
    public List<DownloadTarget> shortInterest(LocalDate from, LocalDate to) {
        List<DownloadTarget> targets = new ArrayList<>();
        for (LocalDate d : settlementDates(from, to)) {
            String name = "shrt" + d.format(BASIC) + ".csv";
            targets.add(new DownloadTarget("short interest " + d, raw.resolve("finra/short_interest/settlement_date=" + d),
                    name, SourceUrls.under(urls.finra(), "/equity/otcmarket/biweekly/" + name),
                    InputFormat.FINRA_SHORT_INTEREST, null, false));
        }
        return targets;
    }

    static List<LocalDate> settlementDates(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return List.of(from);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            dates.add(weekdayOnOrBefore(m.atDay(MID_MONTH)));
            dates.add(weekdayOnOrBefore(m.atEndOfMonth()));
        }
        return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }

    private static LocalDate weekdayOnOrBefore(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> d.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
            default -> d;
        };
    }

    /**
     * Polygon v3 trades of each ticker-day, every {@code next_url} page, fetched as
     * {@code raw/polygon/trades/<version>/ticker=T/date=D/trades.json} (then {@code trades-page-0001.json}, …) and
     * converted into {@code trades.parquet} there (see {@link ParquetTarget}).
     *
     * @param pathSafe turns a ticker into a folder-safe name (e.g. {@code BRK/B}); identity when not needed
     */
    public List<DownloadTarget> polygonTrades(Collection<TickerDay> days, String version, UnaryOperator<String> pathSafe) {
        return new TreeSet<>(days).stream().map(day -> new DownloadTarget("trades " + day.ticker() + " " + day.date(),
                raw.resolve("polygon/trades/" + version + "/ticker=" + pathSafe.apply(day.ticker()) + "/date=" + day.date()),
                "trades.json", SourceUrls.under(urls.polygon(), "/v3/trades/" + encode(day.ticker()) + "?timestamp="
                        + day.date() + "&order=asc&sort=timestamp&limit=50000"), InputFormat.POLYGON_REST_JSON,
                day.ticker(), true, new ParquetTarget(Kind.TRADES, day.date()))).toList();
    }

    /**
     * Polygon aggregates (unadjusted, as traded) of each ticker-day, following {@code next_url}: {@code minute} fetched
     * as {@code raw/polygon/ohlcv_intraday_1m/ticker=T/date=D/minute.json} and converted into {@code minute.parquet},
     * {@code day} as {@code raw/polygon/ohlcv_daily/ticker=T/date=D/ohlcv.json} into {@code ohlcv.parquet}.
     */
    public List<DownloadTarget> polygonAggs(Collection<TickerDay> days, String timespan, UnaryOperator<String> pathSafe) {
        boolean minute = switch (timespan) {
            case "minute" -> true;
            case "day" -> false;
            default -> throw new IllegalArgumentException("timespan must be minute or day, was " + timespan);
        };
        String folder = minute ? "polygon/ohlcv_intraday_1m/" : "polygon/ohlcv_daily/";
        String file = minute ? "minute.json" : "ohlcv.json";
        return new TreeSet<>(days).stream().map(day -> new DownloadTarget("aggs " + timespan + " " + day.ticker() + " "
                + day.date(), raw.resolve(folder + "ticker=" + pathSafe.apply(day.ticker()) + "/date=" + day.date()), file,
                SourceUrls.under(urls.polygon(), "/v2/aggs/ticker/" + encode(day.ticker()) + "/range/1/" + timespan + "/"
                        + day.date() + "/" + day.date() + "?adjusted=false&sort=asc&limit=50000"),
                InputFormat.POLYGON_REST_JSON, day.ticker(), true,
                new ParquetTarget(minute ? Kind.MINUTE : Kind.DAILY, day.date()))).toList();
    }

    private static String encode(String ticker) {
        return URLEncoder.encode(ticker, StandardCharsets.UTF_8);
    }
}
