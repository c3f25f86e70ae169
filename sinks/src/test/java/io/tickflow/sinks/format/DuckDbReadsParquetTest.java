package io.tickflow.sinks.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.partition.PartitionPath;
import io.tickflow.sinks.partition.Partitioner;
import io.tickflow.sinks.partition.TickerDatePartitioner;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB (another Parquet reader, offline: no extension is installed or loaded) reads what the sink writes. */
class DuckDbReadsParquetTest {

    private static final LocalDate SESSION = LocalDate.of(2024, 1, 2);

    @TempDir
    Path tmp;

    @Test
    void readsHivePartitionsWithDecodedTickersAndDateColumns() throws Exception {
        Partitioner partitioner = TickerDatePartitioner.of("ticker", "session");
        LocalStorage storage = new LocalStorage(tmp);
        for (String ticker : List.of("BRK/B", "ABRpA", "ABRPA")) {
            var bar = Fixtures.bar(ticker, SESSION, 0);
            write(storage, partitioner.partitionOf(bar), List.of(bar, Fixtures.bar(ticker, SESSION, 1)));
        }
        List<String> rows = query("SELECT ticker, date, typeof(date), session, typeof(session), seq, open "
                + "FROM read_parquet('" + tmp + "/**/*.parquet', hive_partitioning = true) ORDER BY ticker, seq");
        assertThat(rows).containsExactly(
                "ABRPA|2024-01-02|DATE|2024-01-02|DATE|0|10.0",
                "ABRPA|2024-01-02|DATE|2024-01-02|DATE|1|11.0",
                "ABRpA|2024-01-02|DATE|2024-01-02|DATE|0|10.0",
                "ABRpA|2024-01-02|DATE|2024-01-02|DATE|1|11.0",
                "BRK/B|2024-01-02|DATE|2024-01-02|DATE|0|10.0",
                "BRK/B|2024-01-02|DATE|2024-01-02|DATE|1|11.0");
    }

    @Test
    void readsListsAndMaps() throws Exception {
        LocalStorage storage = new LocalStorage(tmp);
        write(storage, PartitionPath.of("trades"), List.of(Fixtures.trade("A", 1L)));
        write(storage, PartitionPath.of("alerts"), List.of(Fixtures.alert("A", SESSION)));
        assertThat(query("SELECT typeof(conditions), list_sum(conditions), exchange, participant_ts IS NULL "
                + "FROM read_parquet('" + tmp + "/trades/*.parquet')"))
                .containsExactly("INTEGER[]|49|4|true"); // 12 + 37 = 49
        assertThat(query("SELECT typeof(\"values\"), map_keys(\"values\")[1], map_values(\"values\")[1], session "
                + "FROM read_parquet('" + tmp + "/alerts/*.parquet')"))
                .containsExactly("MAP(VARCHAR, DOUBLE)|rvol30|3.5|2024-01-02");
    }

    private static void write(LocalStorage storage, PartitionPath partition, List<? extends SpecificRecord> records)
            throws IOException {
        var file = storage.atomicFile(partition, "part.parquet");
        try (RecordWriter writer = new ParquetFormat(ParquetSettings.DEFAULT).open(file, records.get(0).getSchema())) {
            for (SpecificRecord record : records) {
                writer.write((org.apache.avro.generic.GenericRecord) record);
            }
            writer.commit();
        }
    }

    /** Rows as {@code col1|col2|...} strings. */
    static List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("SET autoinstall_known_extensions = false");
            statement.execute("SET autoload_known_extensions = false");
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        cells.add(String.valueOf(rs.getObject(c)));
                    }
                    rows.add(String.join("|", cells));
                }
            }
            return rows;
        }
    }
}
