package io.tickflow.producers.readers.generic;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mappings for CSV layouts seen in the wild, recognised by their exact header, so that
 * {@code tickflow validate} reads them without flags. Each one names where the layout comes from.
 */
public final class GenericCsvPresets {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private GenericCsvPresets() {
    }

    /**
     * The mapping for a file whose header is {@code header}, or empty when the layout is not known.
     * Files without a ticker column get the ticker from {@link #tickerFromFileName}.
     */
    public static Optional<GenericCsvMapping> forHeader(List<String> header, Path file) {
        String ticker = tickerFromFileName(file);
        String joined = String.join(",", header);
        return Optional.ofNullable(switch (joined) {
            // mlfinlab's imbalance_sample_data.csv: E-mini S&P 500 ticks; the first tick, 2011/07/31 22:00, is
            // the Sunday Globex open (17:00 CT), so the times are UTC.
            case "Date and Time,Price,Volume" -> GenericCsvMapping.trades(List.of("Date and Time"),
                    new TimeFormat("yyyy/MM/dd HH:mm:ss.SSS", ZoneOffset.UTC), "ES", "Price", "Volume");
            // Alpaca/Lumibot minute bars (SRNE_1min.csv): ISO time with offset.
            case "time,open,high,low,close,volume" -> GenericCsvMapping.bars(List.of("time"),
                    new TimeFormat("yyyy-MM-dd HH:mm:ssXXX", NEW_YORK), ticker, BarColumns.LOWER_CASE);
            // Alpha Vantage intraday-extended export (lev_intraday.csv): 'time' is Eastern, timestamp_PT Pacific.
            case "timestamp_PT,time,open,high,low,close,volume" -> GenericCsvMapping.bars(List.of("time"),
                    new TimeFormat("M/d/yyyy H:mm:ss", NEW_YORK), ticker, BarColumns.LOWER_CASE);
            // Alpha Vantage daily-adjusted export (lev_daily.csv): 'timestamp' is the session date.
            case "timestamp_PT,timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient" ->
                    GenericCsvMapping.bars(List.of("timestamp"), new TimeFormat("M/d/yyyy", NEW_YORK), ticker,
                            BarColumns.LOWER_CASE);
            // AlgoSeek trades-only minute bars: Date YYYYMMDD and TimeBarStart HH:MM, Eastern.
            case "Date,Ticker,TimeBarStart,FirstTradePrice,HighTradePrice,LowTradePrice,LastTradePrice,"
                    + "VolumeWeightPrice,Volume,TotalTrades" -> new GenericCsvMapping(List.of("Date", "TimeBarStart"),
                    new TimeFormat("yyyyMMdd HH:mm", NEW_YORK), null, "Ticker", null, null,
                    new BarColumns("FirstTradePrice", "HighTradePrice", "LowTradePrice", "LastTradePrice", "Volume",
                            "VolumeWeightPrice", "TotalTrades"));
            default -> null;
        });
    }

    /** The leading letters of the file name, upper-cased: {@code SRNE_1min.csv} gives SRNE, {@code lev_daily.csv} LEV. */
    public static String tickerFromFileName(Path file) {
        String name = file.getFileName().toString();
        int end = 0;
        while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? "UNKNOWN" : name.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
