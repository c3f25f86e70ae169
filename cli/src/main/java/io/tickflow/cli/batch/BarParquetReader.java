package io.tickflow.cli.batch;

import io.tickflow.schemas.bars.ImbalanceBar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads imbalance bars back from the Parquet layout ({@code processed/bars/<version>/ticker=T/date=D/*.parquet}),
 * as written by {@code tickflow batch bars} or the topic export. Remembers which file each bar came from, so a
 * refused bar can be reported with its source.
 */
public final class BarParquetReader {
    private final Map<ImbalanceBar, Path> sources = new IdentityHashMap<>();

    /** Every {@code .parquet} file below the given files or folders, in path order. */
    public static List<Path> find(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".parquet"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The bars of {@code files}, in file then row order. */
    public List<ImbalanceBar> read(List<Path> files) throws IOException {
        List<ImbalanceBar> bars = new ArrayList<>();
        for (Path file : files) {
            try (ParquetReader<GenericRecord> reader = AvroParquetReader.genericRecordReader(new LocalInputFile(file),
                    new PlainParquetConfiguration())) {
                for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
                    ImbalanceBar bar = toBar(row);
                    sources.put(bar, file);
                    bars.add(bar);
                }
            }
        }
        return bars;
    }

    /** The file a bar returned by {@link #read} came from. */
    public Path sourceOf(ImbalanceBar bar) {
        return sources.get(bar);
    }

    private static ImbalanceBar toBar(GenericRecord r) {
        return ImbalanceBar.newBuilder()
                .setTicker(r.get("ticker").toString())
                .setSession(date(r.get("session")))
                .setSeq((Integer) r.get("seq"))
                .setOpenTime((Long) r.get("open_time"))
                .setCloseTime((Long) r.get("close_time"))
                .setOpen((Double) r.get("open"))
                .setHigh((Double) r.get("high"))
                .setLow((Double) r.get("low"))
                .setClose((Double) r.get("close"))
                .setVolume((Double) r.get("volume"))
                .setBuyVolume((Double) r.get("buy_volume"))
                .setTicks((Integer) r.get("ticks"))
                .setDollarValue((Double) r.get("dollar_value"))
                .setTheta((Double) r.get("theta"))
                .setThreshold((Double) r.get("threshold"))
                .setExpTicks((Double) r.get("exp_ticks"))
                .setExpImbalance((Double) r.get("exp_imbalance"))
                .setComplete((Boolean) r.get("complete"))
                .build();
    }

    /** Parquet DATE comes back as days since the epoch, or as a LocalDate when the reader applies conversions. */
    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : LocalDate.ofEpochDay(((Number) value).longValue());
    }
}
