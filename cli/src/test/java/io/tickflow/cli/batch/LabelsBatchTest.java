package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tickflow.cli.Tickflow;
import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.sinks.commit.BatchDatasetWriter;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.storage.LocalStorage;
import io.tickflow.streams.labels.BatchLabels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsBatchTest {
    private static final LocalDate DAY1 = LocalDate.of(2024, 3, 8);
    private static final LocalDate DAY2 = LocalDate.of(2024, 3, 11);
    private static final String VERSION = "v_test";

    @TempDir
    Path out;
    private List<ImbalanceBar> bars;

    @BeforeEach
    void writeBars() throws IOException {
        bars = new ArrayList<>();
        bars.addAll(session("AAA", DAY1, 90, 1));
        bars.addAll(session("AAA", DAY2, 70, 2));
        bars.addAll(session("B/WS", DAY1, 60, 3));
        new BatchDatasetWriter(new LocalStorage(out), new ParquetFormat(ParquetSettings.DEFAULT))
                .write(DatasetLayout.BARS_DIB, VERSION, "bars", bars);
    }

    @Test
    void readsBarsBackFromParquetUnchanged() throws IOException {
        var files = BarParquetReader.find(List.of(out.resolve(DatasetLayout.BARS_DIB.folderFor(VERSION))));
        assertThat(files).hasSize(3);
        assertThat(new BarParquetReader().read(files)).containsExactlyInAnyOrderElementsOf(bars);
    }

    @Test
    void writesLabelsPerTickerAndSessionAsTheCoreRunComputesThem() throws IOException {
        var files = BarParquetReader.find(List.of(out.resolve(DatasetLayout.BARS_DIB.folderFor(VERSION))));
        var outcome = new LabelsBatch(LabelSettings.defaults(), WeightSettings.defaults())
                .run(files, out, VERSION, LabelsBatch.Output.LABELS);
        var expected = new BatchLabels(LabelSettings.defaults(), WeightSettings.defaults()).run(bars);

        assertThat(outcome.files()).containsExactlyInAnyOrder(
                "processed/labels/v_test/ticker=AAA/date=2024-03-08/labels.parquet",
                "processed/labels/v_test/ticker=AAA/date=2024-03-11/labels.parquet",
                "processed/labels/v_test/ticker=B%2FWS/date=2024-03-08/labels.parquet");
        assertThat(outcome.rows()).isEqualTo(expected.labels().size()).isGreaterThan(10);
        assertThat(outcome.refused()).isZero();
        List<String> written = new ArrayList<>();
        for (String file : outcome.files()) {
            readRows(out.resolve(file)).forEach(r -> written.add(r.get("ticker") + "/" + r.get("event_seq") + "/"
                    + r.get("exit_seq") + "/" + r.get("touch") + "/" + r.get("ret")));
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected.labels().stream()
                .map(l -> l.getTicker() + "/" + l.getEventSeq() + "/" + l.getExitSeq() + "/" + l.getTouch() + "/" + l.getRet())
                .toList());
    }

    @Test
    void weightsCommandWritesWeightsSummingToTheEventCountPerSession() throws IOException {
        int exit = Tickflow.commandLine().execute("batch", "weights", "--out", out.toString(), "--version", VERSION,
                "--decay", "0.5");
        assertThat(exit).isZero();
        Path folder = out.resolve(DatasetLayout.WEIGHTS.folderFor(VERSION));
        var files = BarParquetReader.find(List.of(folder));
        assertThat(files).hasSize(3);
        for (Path file : files) {
            List<GenericRecord> rows = readRows(file);
            double sum = rows.stream().mapToDouble(r -> (Double) r.get("return_weight")).sum();
            assertThat(sum).isCloseTo(rows.size(), within(1e-9));
            assertThat(rows.get(rows.size() - 1).get("time_decay")).isEqualTo(1.0);
        }
    }

    @Test
    void duplicateBarIsRefusedIntoTheRejectsFileWithItsSource() throws IOException {
        ImbalanceBar copy = ImbalanceBar.newBuilder(bars.get(5)).build();
        new BatchDatasetWriter(new LocalStorage(out), new ParquetFormat(ParquetSettings.DEFAULT))
                .write(DatasetLayout.BARS_DIB, "v_dup", "bars", List.of(copy));
        var files = BarParquetReader.find(List.of(out.resolve(DatasetLayout.BARS_DIB.folderFor(VERSION)),
                out.resolve(DatasetLayout.BARS_DIB.folderFor("v_dup"))));
        var outcome = new LabelsBatch(LabelSettings.defaults(), WeightSettings.defaults())
                .run(files, out, VERSION, LabelsBatch.Output.LABELS);
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(Files.readAllLines(outcome.rejects())).hasSize(2).last().asString()
                .contains("v_dup").contains("bar seq 5 is not after seq 5 (duplicate or out of order)");
    }

    @Test
    void labelsCommandDefaultsToTheBarsOfThePeriod() {
        int exit = Tickflow.commandLine().execute("batch", "labels", "--out", out.toString(), "--version", VERSION,
                "--vertical-bars", "5");
        assertThat(exit).isZero();
        assertThat(out.resolve("processed/labels/v_test/ticker=AAA/date=2024-03-08/labels.parquet")).isRegularFile();
    }

    private static List<GenericRecord> readRows(Path file) throws IOException {
        List<GenericRecord> rows = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.genericRecordReader(new LocalInputFile(file),
                new PlainParquetConfiguration())) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** A random walk of n bars closing every 2 minutes from 09:32, with occasional jumps that fire the CUSUM. */
    private static List<ImbalanceBar> session(String ticker, LocalDate day, int n, long seed) {
        Random random = new Random(seed);
        List<ImbalanceBar> out = new ArrayList<>();
        double price = 20;
        for (int seq = 0; seq < n; seq++) {
            price *= Math.exp(seq == 0 ? 0 : random.nextGaussian() * 0.004 + (random.nextInt(12) == 0 ? 0.02 : 0));
            long close = SessionClock.epochNanos(day, LocalTime.of(9, 32).plusMinutes(2L * seq));
            out.add(ImbalanceBar.newBuilder().setTicker(ticker).setSession(day).setSeq(seq)
                    .setOpenTime(close - 60_000_000_000L).setCloseTime(close).setOpen(price).setHigh(price)
                    .setLow(price).setClose(price).setVolume(100).setBuyVolume(40).setTicks(12)
                    .setDollarValue(100 * price).setTheta(1.5).setThreshold(2.5).setExpTicks(12).setExpImbalance(0.2)
                    .setComplete(seq < n - 1).build());
        }
        return out;
    }
}
