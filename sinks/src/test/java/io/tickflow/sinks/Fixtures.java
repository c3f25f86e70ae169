package io.tickflow.sinks;

import io.tickflow.schemas.alerts.Alert;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/** Records shared by the sink tests, built in one place. */
public final class Fixtures {

    /** 2024-01-02 09:30:00 America/New_York (UTC-5) = 14:30:00 UTC = 1704205800 s since the epoch, in ns. */
    public static final long OPEN_2024_01_02_NS = 1_704_205_800L * 1_000_000_000L;

    private Fixtures() {
    }

    /**
     * Bar {@code seq} of a ticker-session with simple, checkable values: open = 10 + seq, close = open + 0.5,
     * high = close + 0.25, low = open - 0.25, volume = 100 x (seq + 1).
     */
    public static ImbalanceBar bar(String ticker, LocalDate session, int seq) {
        double open = 10 + seq;
        return ImbalanceBar.newBuilder()
                .setTicker(ticker).setSession(session).setSeq(seq)
                .setOpenTime(OPEN_2024_01_02_NS + seq * 60_000_000_000L)
                .setCloseTime(OPEN_2024_01_02_NS + seq * 60_000_000_000L + 59_000_000_000L)
                .setOpen(open).setHigh(open + 0.75).setLow(open - 0.25).setClose(open + 0.5)
                .setVolume(100.0 * (seq + 1)).setBuyVolume(50.0 * (seq + 1)).setTicks(seq + 1)
                .setDollarValue(1000.0 * (seq + 1)).setTheta(1.5).setThreshold(2.0)
                .setExpTicks(3.0).setExpImbalance(0.5).setComplete(true)
                .build();
    }

    /** A trade with conditions [12, 37] at {@code sipTsNanos}. */
    public static Trade trade(String ticker, long sipTsNanos) {
        return Trade.newBuilder()
                .setTicker(ticker).setSipTs(sipTsNanos).setPrice(4.25).setSize(100)
                .setConditions(List.of(12, 37)).setExchange(4)
                .build();
    }

    /** An alert whose maps hold {@code rvol30 = 3.5} and threshold {@code rvol30 = 2.0}. */
    public static Alert alert(String ticker, LocalDate session) {
        return Alert.newBuilder()
                .setId("a-1").setKind("info_rich_crossing").setTicker(ticker).setSession(session)
                .setEventTs(OPEN_2024_01_02_NS).setValues(Map.of("rvol30", 3.5))
                .setThresholds(Map.of("rvol30", 2.0)).setMessage("crossed")
                .build();
    }

    /** Every record of a Parquet file, read back with parquet-java's Avro reader as generic records. */
    public static List<GenericRecord> readParquet(Path file) throws IOException {
        List<GenericRecord> records = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader =
                     AvroParquetReader.genericRecordReader(new LocalInputFile(file), new PlainParquetConfiguration())) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                records.add(r);
            }
        }
        return records;
    }
}
