package io.tickflow.cli.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.universe.InfoRichFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON the page and {@code /api/*} serve: field names as in the Avro schemas (snake case), dates as ISO
 * {@code YYYY-MM-DD}, {@code event_ts} in ns since the epoch plus {@code event_time} as an ISO instant. Always one
 * line, so each document fits one SSE {@code data:} line. Non-finite numbers are written as strings
 * ({@code "NaN"}), Jackson's default, which keeps the output valid JSON.
 */
public final class WebJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long NANOS = 1_000_000_000L;

    private WebJson() {
    }

    public static Map<String, Object> alert(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("kind", a.getKind());
        m.put("ticker", a.getTicker());
        m.put("session", a.getSession().toString());
        m.put("event_ts", a.getEventTs());
        m.put("event_time", Instant.ofEpochSecond(Math.floorDiv(a.getEventTs(), NANOS),
                Math.floorMod(a.getEventTs(), NANOS)).toString());
        m.put("values", new TreeMap<>(a.getValues()));
        m.put("thresholds", new TreeMap<>(a.getThresholds()));
        m.put("message", a.getMessage());
        return m;
    }

    public static Map<String, Object> flag(InfoRichFlag f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticker", f.getTicker());
        m.put("date", f.getDate().toString());
        m.put("close_d", f.getCloseD());
        m.put("pct_chg_d", f.getPctChgD());
        m.put("rvol30", f.getRvol30());
        m.put("dollar_vol_d", f.getDollarVolD());
        m.put("market_cap", f.getMarketCap());
        m.put("cap_unknown", f.getCapUnknown());
        m.put("days_info_rich_252", f.getDaysInfoRich252());
        return m;
    }

    /** {@code {"session": "YYYY-MM-DD" | null, "tickers": [flag, ...]}}. */
    public static String watchlist(LocalDate session, List<InfoRichFlag> flags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", session == null ? null : session.toString());
        m.put("tickers", flags.stream().map(WebJson::flag).toList());
        return write(m);
    }

    /** {@code [alert, ...]} in the given order. */
    public static String alerts(List<Alert> alerts) {
        return write(alerts.stream().map(WebJson::alert).toList());
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
