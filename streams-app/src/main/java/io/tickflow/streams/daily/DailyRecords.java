package io.tickflow.streams.daily;

import io.tickflow.core.daily.DailyMetricsRow;
import io.tickflow.core.daily.MinuteBar;
import io.tickflow.core.universe.InfoRichVerdict;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.universe.InfoRichFlag;

/**
 * Between the Avro records of {@code bars.1m}, {@code daily.metrics} and {@code universe.info-rich} and the core
 * daily classes: the one mapping the topology and the batch commands share, so they cannot drift apart.
 */
public final class DailyRecords {
    private DailyRecords() {
    }

    /**
     * @throws IllegalArgumentException when the bar's close or volume is unusable (see {@link MinuteBar})
     */
    public static MinuteBar minuteOf(Bar bar) {
        return new MinuteBar(bar.getWindowStart(), bar.getClose(), bar.getVolume(), bar.getVwap());
    }

    /** The daily cache row; {@code updated_ts} is the start of the session's latest minute. */
    public static DailyMetrics toAvro(String ticker, DailyMetricsRow row) {
        return DailyMetrics.newBuilder()
                .setTicker(ticker)
                .setDate(row.date())
                .setCloseD(row.closeD())
                .setVolD(row.volD())
                .setDollarVolD(row.dollarVolD())
                .setVwapD(row.vwapD())
                .setPctChgD(row.pctChgD())
                .setReturnD(row.returnD())
                .setRvol30(row.rvol30())
                .setPriorSessions(row.priorSessions())
                .setMinutes(row.minutes())
                .setShortFeatures(null)
                .setRegime(null)
                .setUpdatedTs(row.lastMinuteNanos())
                .build();
    }

    public static DailyMetricsRow rowOf(DailyMetrics m) {
        return new DailyMetricsRow(m.getDate(), m.getCloseD(), m.getVolD(), m.getDollarVolD(), m.getVwapD(),
                m.getPctChgD(), m.getReturnD(), m.getRvol30(), m.getPriorSessions(), m.getMinutes(), m.getUpdatedTs());
    }

    /**
     * @param marketCap        market cap tested, USD; {@code null} when unknown
     * @param daysInfoRich252  info-rich sessions in the trailing 252 ending at this one
     */
    public static InfoRichFlag flagOf(DailyMetrics m, InfoRichVerdict v, Double marketCap, int daysInfoRich252) {
        return InfoRichFlag.newBuilder()
                .setTicker(m.getTicker())
                .setDate(m.getDate())
                .setInfoRich(v.infoRich())
                .setRvol30(m.getRvol30())
                .setPctChgD(m.getPctChgD())
                .setDollarVolD(m.getDollarVolD())
                .setCloseD(m.getCloseD())
                .setMarketCap(marketCap)
                .setPassRvol(v.passRvol())
                .setPassPctchg(v.passPctchg())
                .setPassDvol(v.passDvol())
                .setPassPrice(v.passPrice())
                .setPassCap(v.passCap())
                .setCapUnknown(v.capUnknown())
                .setDaysInfoRich252(daysInfoRich252)
                .build();
    }
}
