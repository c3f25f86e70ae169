package io.tickflow.core.shortdata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The short-data features of one ticker-session (DESIGN.md "Short data features, point in time"), by the names
 * of the daily cache's {@code short_features} map. Computed from what was public at the row's time only.
 *
 * <ul>
 *   <li>{@code short_ratio} = short / total of FINRA's consolidated (CNMS, off-exchange) row;
 *       {@code short_exempt_ratio} = short exempt / total of that row;
 *       {@code short_ratio_<facility>} (e.g. {@code short_ratio_fnsq}) the same per FINRA facility or exchange file;
 *       {@code short_ratio_on_exchange} = Σ short / Σ total of the exchange files;
 *       {@code short_ratio_combined} = (CNMS short + exchange short) / (CNMS total + exchange total), only where
 *       both exist; {@code short_volume_age_days} = session − trade date.</li>
 *   <li>{@code ftd_quantity} = Σ fails of the newest public settlement date, {@code ftd_value} = Σ quantity·price
 *       (null when a row has no price), {@code ftd_to_adv} = ftd_quantity / ADV, {@code ftd_age_days}.</li>
 *   <li>{@code short_interest}, {@code short_interest_change} = current − previous (the file's previous
 *       position, else the previous public report), {@code days_to_cover} = short_interest / ADV (not FINRA's
 *       figure: FINRA clamps it to [1, 999.99] and uses its own ADV), {@code short_interest_age_days}.</li>
 *   <li>{@code adv} = tickflow's mean vol_d of the 30 sessions before the row ({@link AverageDailyVolume}).</li>
 * </ul>
 * A ratio over a zero total, or anything over a missing or zero ADV, is null, never NaN or infinite. A feature
 * whose source had nothing public is absent from the map.
 */
public final class ShortFeatures {
    private ShortFeatures() {
    }

    /**
     * @param session the row's session date
     * @param data    what was public at the row's time
     * @param adv     tickflow's average daily volume before the session, shares; {@code null} when unknown
     * @return features by name, sorted by name; empty when nothing was public
     */
    public static Map<String, Double> of(LocalDate session, PublicShortData data, Double adv) {
        Map<String, Double> features = new TreeMap<>();
        if (data.isEmpty()) {
            return features;
        }
        features.put("adv", adv);
        putVolumes(features, session, data.volumes());
        putFails(features, session, data.fails(), adv);
        putInterest(features, session, data, adv);
        return features;
    }

    private static void putVolumes(Map<String, Double> f, LocalDate session, List<ShortVolumeRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        f.put("short_volume_age_days", days(rows.get(0).tradeDate(), session));
        double exchangeShort = 0;
        double exchangeTotal = 0;
        ShortVolumeRecord consolidated = null;
        for (ShortVolumeRecord r : rows) {
            switch (r.venue()) {
                case CONSOLIDATED_OFF_EXCHANGE -> consolidated = r;
                case FINRA_FACILITY -> f.put(facilityKey(r), ratio(r.shortVolume(), r.totalVolume()));
                case EXCHANGE -> {
                    f.put(facilityKey(r), ratio(r.shortVolume(), r.totalVolume()));
                    exchangeShort += r.shortVolume();
                    exchangeTotal += r.totalVolume();
                }
            }
        }
        boolean onExchange = rows.stream().anyMatch(r -> r.venue() == ShortVolumeRecord.Venue.EXCHANGE);
        if (onExchange) {
            f.put("short_ratio_on_exchange", ratio(exchangeShort, exchangeTotal));
        }
        if (consolidated != null) {
            f.put("short_ratio", ratio(consolidated.shortVolume(), consolidated.totalVolume()));
            f.put("short_exempt_ratio", ratio(consolidated.shortExemptVolume(), consolidated.totalVolume()));
            if (onExchange) {
                f.put("short_ratio_combined", ratio(consolidated.shortVolume() + exchangeShort,
                        consolidated.totalVolume() + exchangeTotal));
            }
        }
    }

    private static void putFails(Map<String, Double> f, LocalDate session, List<FailsRecord> rows, Double adv) {
        if (rows.isEmpty()) {
            return;
        }
        long quantity = 0;
        Double value = 0.0;
        for (FailsRecord r : rows) {
            quantity += r.quantity();
            value = value == null || r.price() == null ? null : value + r.quantity() * r.price();
        }
        f.put("ftd_quantity", (double) quantity);
        f.put("ftd_value", value);
        f.put("ftd_to_adv", perAdv(quantity, adv));
        f.put("ftd_age_days", days(rows.get(0).settlementDate(), session));
    }

    private static void putInterest(Map<String, Double> f, LocalDate session, PublicShortData data, Double adv) {
        ShortInterestRecord current = data.interest();
        if (current == null) {
            return;
        }
        Double previous = current.previousShortInterest() != null ? current.previousShortInterest()
                : data.previousInterest() != null ? Double.valueOf(data.previousInterest().shortInterest()) : null;
        f.put("short_interest", current.shortInterest());
        f.put("short_interest_change", previous == null ? null : current.shortInterest() - previous);
        f.put("days_to_cover", perAdv(current.shortInterest(), adv));
        f.put("short_interest_age_days", days(current.settlementDate(), session));
    }

    private static String facilityKey(ShortVolumeRecord r) {
        return "short_ratio_" + r.facility().toLowerCase(Locale.ROOT);
    }

    private static Double ratio(double part, double total) {
        return total > 0 ? part / total : null;
    }

    private static Double perAdv(double shares, Double adv) {
        return adv != null && adv > 0 ? shares / adv : null;
    }

    private static double days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
