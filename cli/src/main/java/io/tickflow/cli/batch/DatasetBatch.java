package io.tickflow.cli.batch;

import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.dataset.BarSnapshot;
import io.tickflow.core.dataset.EventFeatures;
import io.tickflow.core.dataset.IntradaySoFar;
import io.tickflow.core.dataset.PriorSession;
import io.tickflow.core.dataset.RegimeTable;
import io.tickflow.core.dataset.SessionVolumeCurve;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.dataset.DatasetRow;
import io.tickflow.schemas.labels.Label;
import io.tickflow.schemas.weights.SampleWeight;
import io.tickflow.sinks.format.ParquetRecords;
import io.tickflow.sinks.partition.DatasetLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * {@code tickflow batch dataset}: one row per labelled event, joining its bar (features known at t0), its label,
 * its weight, the ticker's previous session in the daily cache (never its own session, which is still running
 * at t0) and its own session up to t0 from the bars closed by then ({@link IntradaySoFar}: volume, VWAP and the
 * time-of-day RVOL), with the period and regime (the seed's {@code build_ml_dataset.py}).
 */
public final class DatasetBatch {
    private final RegimeTable regimes;
    private final SessionScope scope;
    private String version;

    /** @param scope the sessions the bars were cut in; with {@code none} there is no open, so no intraday features */
    public DatasetBatch(RegimeTable regimes, SessionScope scope) {
        this.regimes = regimes;
        this.scope = scope;
    }

    /**
     * What the join found.
     *
     * @param withoutBar    labels whose event bar is not in the bars folder (counted, not written)
     * @param withoutWeight labels whose ticker-session has no weights yet (session still open; not written)
     */
    public record Result(List<DatasetRow> rows, int labels, int withoutBar, int withoutWeight, int bars, int dailyRows) {
    }

    public Result run(Path root, String version) {
        this.version = version;
        List<ImbalanceBar> bars = ParquetRecords.readFolder(root.resolve(DatasetLayout.BARS_DIB.folderFor(version)), ImbalanceBar.class);
        List<Label> labels = ParquetRecords.readFolder(root.resolve(DatasetLayout.LABELS.folderFor(version)), Label.class);
        List<SampleWeight> weights = ParquetRecords.readFolder(root.resolve(DatasetLayout.WEIGHTS.folderFor(version)),
                SampleWeight.class);
        Path dailyFolder = root.resolve(DatasetLayout.DAILY_CACHE.folderFor(version));
        List<DailyMetrics> daily = Files.isDirectory(dailyFolder) ? DailyCacheReader.read(dailyFolder) : List.of();
        return join(bars, labels, weights, daily);
    }

    Result join(List<ImbalanceBar> bars, List<Label> labels, List<SampleWeight> weights, List<DailyMetrics> daily) {
        Map<String, ImbalanceBar> barByEvent = new HashMap<>();
        bars.forEach(b -> barByEvent.put(key(b.getTicker(), b.getSession(), b.getSeq()), b));
        Map<String, SampleWeight> weightByEvent = new HashMap<>();
        weights.forEach(w -> weightByEvent.put(key(w.getTicker(), w.getSession(), w.getEventSeq()), w));
        SessionCurves curves = new SessionCurves(bars);
        Map<String, NavigableMap<LocalDate, DailyMetrics>> dailyByTicker = new HashMap<>();
        daily.forEach(d -> dailyByTicker.computeIfAbsent(d.getTicker(), t -> new TreeMap<>()).put(d.getDate(), d));
        List<Label> ordered = new ArrayList<>(labels);
        ordered.sort(Comparator.comparing(Label::getTicker).thenComparing(Label::getT0).thenComparing(Label::getEventSeq));
        List<DatasetRow> rows = new ArrayList<>();
        int withoutBar = 0;
        int withoutWeight = 0;
        for (Label label : ordered) {
            String k = key(label.getTicker(), label.getSession(), label.getEventSeq());
            ImbalanceBar bar = barByEvent.get(k);
            SampleWeight weight = weightByEvent.get(k);
            if (bar == null) {
                withoutBar++;
            } else if (weight == null) {
                withoutWeight++;
            } else {
                Map<String, Double> features = new LinkedHashMap<>(
                        EventFeatures.of(snapshot(bar), prior(dailyByTicker.get(label.getTicker()), label.getSession())));
                if (scope.cutsSessions()) {
                    features.putAll(IntradaySoFar.at(label.getT0(), curves.of(label.getTicker(), label.getSession()),
                            curves.before(label.getTicker(), label.getSession())));
                }
                rows.add(row(label, weight, features));
            }
        }
        return new Result(rows, labels.size(), withoutBar, withoutWeight, bars.size(), daily.size());
    }

    private DatasetRow row(Label label, SampleWeight weight, Map<String, Double> features) {
        return DatasetRow.newBuilder()
                .setTicker(label.getTicker())
                .setSession(label.getSession())
                .setT0(label.getT0())
                .setT1(label.getT1())
                .setFeatures(features)
                .setRet(label.getRet())
                .setBin(label.getBin())
                .setBinMlfinlab(label.getBinMlfinlab())
                .setWeight(weight.getWeight())
                .setRegime(regimes.regimeOf(label.getSession()))
                .setPeriod(version)
                .build();
    }

    /** Each ticker-session's volume curve from its bars, sessions of a ticker in date order. */
    private final class SessionCurves {
        private final Map<String, NavigableMap<LocalDate, SessionVolumeCurve>> byTicker = new HashMap<>();

        SessionCurves(List<ImbalanceBar> bars) {
            Map<String, NavigableMap<LocalDate, List<ImbalanceBar>>> grouped = new HashMap<>();
            bars.forEach(b -> grouped.computeIfAbsent(b.getTicker(), t -> new TreeMap<>())
                    .computeIfAbsent(b.getSession(), s -> new ArrayList<>()).add(b));
            if (!scope.cutsSessions()) {
                return;
            }
            grouped.forEach((ticker, sessions) -> sessions.forEach((session, list) -> {
                list.sort(Comparator.comparingInt(ImbalanceBar::getSeq));
                byTicker.computeIfAbsent(ticker, t -> new TreeMap<>()).put(session, new SessionVolumeCurve(
                        scope.startNanos(session), list.stream().map(DatasetBatch::snapshot).toList()));
            }));
        }

        SessionVolumeCurve of(String ticker, LocalDate session) {
            return byTicker.get(ticker).get(session);
        }

        List<SessionVolumeCurve> before(String ticker, LocalDate session) {
            return new ArrayList<>(byTicker.get(ticker).headMap(session, false).values());
        }
    }

    private static BarSnapshot snapshot(ImbalanceBar b) {
        return new BarSnapshot(b.getOpenTime(), b.getCloseTime(), b.getOpen(), b.getHigh(), b.getLow(), b.getClose(),
                b.getVolume(), b.getBuyVolume(), b.getTicks(), b.getDollarValue(), b.getTheta(), b.getThreshold());
    }

    /** The last daily row strictly before the event's session: the newest one complete at t0. */
    private static PriorSession prior(NavigableMap<LocalDate, DailyMetrics> days, LocalDate session) {
        var entry = days == null ? null : days.lowerEntry(session);
        if (entry == null) {
            return null;
        }
        DailyMetrics d = entry.getValue();
        Map<String, Double> shortFeatures = new HashMap<>();
        if (d.getShortFeatures() != null) {
            d.getShortFeatures().forEach((name, value) -> shortFeatures.put(name, value));
        }
        return new PriorSession(d.getCloseD(), d.getDollarVolD(), d.getPctChgD(), d.getRvol30(), shortFeatures);
    }

    private static String key(String ticker, LocalDate session, int seq) {
        return ticker + '|' + session + '|' + seq;
    }
}
