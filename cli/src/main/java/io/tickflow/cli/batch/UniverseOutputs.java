package io.tickflow.cli.batch;

import io.tickflow.core.universe.TopNRanking;
import io.tickflow.schemas.universe.InfoRichFlag;
import io.tickflow.sinks.commit.BatchDatasetWriter;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.storage.AtomicFile;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes the seed's info-rich universe from flags, whether a batch computed them or the topology published them:
 * {@code daily/date=D/watchlist.parquet} (the flags that passed), {@code stats/topN_12m_rolling.parquet} (counts and
 * ranks, see {@link TopNRanking}) and {@code info_rich_tickers.csv} (ticker, info-rich days, first and last date).
 */
public final class UniverseOutputs {
    public static final String TICKERS_CSV = "info_rich_tickers.csv";
    static final Schema TOP_N = SchemaBuilder.record("TopNRolling").namespace("io.tickflow.schemas.universe")
            .doc("Info-rich sessions of a ticker in the trailing 252 sessions, and its rank on the date.").fields()
            .requiredString("ticker")
            .name("date").type(LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT))).noDefault()
            .requiredInt("days_info_rich_252")
            .requiredInt("rank")
            .endRecord();

    private UniverseOutputs() {
    }

    /** What was written. */
    public record Written(long watchlistRows, long watchlistFiles, long topNRows, long infoRichTickers) {
    }

    /** @param flags one per ticker-session, ordered by ticker then date */
    public static Written write(Path root, String version, List<InfoRichFlag> flags) throws IOException {
        LocalStorage storage = new LocalStorage(root);
        BatchDatasetWriter writer = new BatchDatasetWriter(storage, new ParquetFormat(ParquetSettings.DEFAULT));
        List<InfoRichFlag> watchlist = flags.stream().filter(InfoRichFlag::getInfoRich)
                .sorted(Comparator.comparing(InfoRichFlag::getDate).thenComparing(InfoRichFlag::getTicker)).toList();
        List<String> files = writer.write(DatasetLayout.INFO_RICH_WATCHLIST, version, "watchlist", watchlist);
        List<GenericRecord> topN = topN(flags);
        if (!topN.isEmpty()) {
            writer.write(DatasetLayout.INFO_RICH_STATS, version, "topN_12m_rolling", topN);
        }
        long tickers = writeTickersCsv(storage, version, watchlist);
        return new Written(watchlist.size(), files.size(), topN.size(), tickers);
    }

    private static List<GenericRecord> topN(List<InfoRichFlag> flags) {
        List<TopNRanking.TickerCount> counts = flags.stream()
                .map(f -> new TopNRanking.TickerCount(f.getTicker(), f.getDate(), f.getDaysInfoRich252())).toList();
        List<GenericRecord> out = new ArrayList<>();
        for (TopNRanking.RankedCount c : TopNRanking.rank(counts)) {
            GenericData.Record r = new GenericData.Record(TOP_N);
            r.put("ticker", c.ticker());
            r.put("date", (int) c.date().toEpochDay());
            r.put("days_info_rich_252", c.daysInfoRich252());
            r.put("rank", c.rank());
            out.add(r);
        }
        return out;
    }

    private static long writeTickersCsv(LocalStorage storage, String version, List<InfoRichFlag> watchlist)
            throws IOException {
        Map<String, List<LocalDate>> dates = new TreeMap<>();
        watchlist.forEach(f -> dates.computeIfAbsent(f.getTicker(), t -> new ArrayList<>()).add(f.getDate()));
        StringBuilder csv = new StringBuilder("ticker,info_rich_days,first_date,last_date\n");
        dates.forEach((ticker, d) -> csv.append(csvField(ticker)).append(',').append(d.size()).append(',')
                .append(d.stream().min(LocalDate::compareTo).orElseThrow()).append(',')
                .append(d.stream().max(LocalDate::compareTo).orElseThrow()).append('\n'));
        AtomicFile file = storage.atomicFile(PartitionPath.parse(DatasetLayout.INFO_RICH_ROOT.folderFor(version)),
                TICKERS_CSV);
        Files.writeString(file.temp(), csv, StandardCharsets.UTF_8);
        file.publish();
        return dates.size();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
