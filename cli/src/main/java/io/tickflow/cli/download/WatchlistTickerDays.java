package io.tickflow.cli.download;

import io.tickflow.producers.download.TickerDay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/**
 * The seed's watchlist mode: the ticker-days listed in info-rich watchlists
 * {@code processed/universe/info_rich/<version>/daily/date=D/watchlist.parquet} (column {@code ticker}; the date is
 * the folder's), so that ticks are fetched or replayed only for the days that matter.
 */
public final class WatchlistTickerDays {

    private static final Pattern DATE_DIR = Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})");

    private WatchlistTickerDays() {
    }

    /**
     * @param daily the watchlists' {@code daily} folder
     * @return the ticker-days of every watchlist dated in [from, to], by date then ticker
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static List<TickerDay> read(Path daily, LocalDate from, LocalDate to) {
        if (!Files.isDirectory(daily)) {
            throw new IllegalArgumentException("no watchlist folder " + daily);
        }
        TreeSet<TickerDay> days = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(daily)) {
            for (Path dir : dirs.sorted().toList()) {
                Matcher m = DATE_DIR.matcher(dir.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                LocalDate date = LocalDate.parse(m.group(1));
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    tickersOf(dir).forEach(t -> days.add(new TickerDay(t, date)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read watchlists under " + daily, e);
        }
        return List.copyOf(days);
    }

    private static List<String> tickersOf(Path dateDir) throws IOException {
        List<String> tickers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dateDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
                try (ParquetReader<GenericRecord> reader = AvroParquetReader.genericRecordReader(new LocalInputFile(file),
                        new PlainParquetConfiguration())) {
                    for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
                        tickers.add(row.get("ticker").toString());
                    }
                }
            }
        }
        return tickers;
    }
}
