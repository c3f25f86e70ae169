package io.tickflow.producers.replay;

import io.tickflow.core.symbols.SymbolMapper;
import io.tickflow.core.symbols.SymbolSource;
import io.tickflow.producers.download.TickerDay;
import io.tickflow.producers.readers.DayBar;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The seed's watchlist mode for a replay: only the ticker-days listed in info-rich watchlists. A file of the
 * {@code ticker=T/date=D} layout is kept or left out whole; in other files (a Polygon day file holds every ticker)
 * each trade and bar is kept when its ticker and New York date are listed, and the rest are counted as filtered.
 * Records that are not market data (short volume, reference data) always pass: watchlists choose ticks, not facts.
 */
public final class WatchlistFilter {

    /** Keeps everything. */
    public static final WatchlistFilter ALL = new WatchlistFilter(null);

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Set<TickerDay> days;

    private WatchlistFilter(Set<TickerDay> days) {
        this.days = days;
    }

    /** Keeps {@code days}; their tickers are in Polygon's notation (as watchlists hold them). */
    public static WatchlistFilter of(Collection<TickerDay> days) {
        SymbolMapper symbols = new SymbolMapper();
        Set<TickerDay> canonical = new HashSet<>();
        for (TickerDay day : days) {
            canonical.add(new TickerDay(symbols.toCanonical(SymbolSource.POLYGON, day.ticker()), day.date()));
        }
        return new WatchlistFilter(Set.copyOf(canonical));
    }

    /** False only for a {@code ticker=T/date=D} file whose ticker-day is not listed. */
    public boolean keepsFile(Path file) {
        if (days == null) {
            return true;
        }
        Optional<String> ticker = PolygonParquetLayout.tickerOf(file);
        Optional<LocalDate> date = PolygonParquetLayout.dateOf(file);
        if (ticker.isEmpty() || date.isEmpty()) {
            return true;
        }
        try {
            return days.contains(new TickerDay(new SymbolMapper().toCanonical(SymbolSource.POLYGON, ticker.get()), date.get()));
        } catch (IllegalArgumentException e) {
            return true; // the reader rejects the ticker with its reason
        }
    }

    /** False for a trade or bar whose ticker-day is not listed. */
    public boolean keepsRecord(Object record) {
        if (days == null) {
            return true;
        }
        if (record instanceof Trade t) {
            return listed(t.getTicker(), t.getSipTs());
        }
        if (record instanceof Bar b) {
            return listed(b.getTicker(), b.getWindowStart());
        }
        if (record instanceof DayBar d) {
            return listed(d.bar().getTicker(), d.bar().getWindowStart());
        }
        return true;
    }

    private boolean listed(String ticker, long nanos) {
        LocalDate date = Instant.ofEpochSecond(0, nanos).atZone(NEW_YORK).toLocalDate();
        return days.contains(new TickerDay(ticker, date));
    }
}
