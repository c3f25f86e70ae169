package io.tickflow.sinks.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.sinks.Fixtures;
import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field plan writes the same file, byte for byte, as parquet-avro's {@code AvroWriteSupport} for every topic
 * schema: same Parquet schema, pages, statistics, and footer key-value metadata.
 */
class PlannedWriteMatchesAvroWriteSupportTest {

    @TempDir
    Path tmp;

    static Stream<Topic<?>> topics() {
        return Topics.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void writesSameBytesAsAvroWriteSupportForRandomRecords(Topic<?> topic) throws IOException {
        Schema schema = topic.valueSchema();
        List<GenericRecord> records = new RandomRecords(topic.name().hashCode()).of(schema, 3_000);
        CompiledSchema compiled = ParquetRecordWriter.compile(schema, ParquetSettings.DEFAULT);
        assertThat(compiled.plan()).as("plan covers %s", topic.name()).isPresent();

        byte[] planned = Files.readAllBytes(write(compiled, records, "planned.parquet"));
        byte[] reference = Files.readAllBytes(write(compiled.withoutPlan(), records, "avro.parquet"));

        assertThat(planned).isEqualTo(reference);
    }

    @Test
    void writesSameBytesAsAvroWriteSupportForGeneratedBars() throws IOException {
        // generated classes hold dates as LocalDate and strings as String: the plan converts them as the data model
        // does
        List<GenericRecord> bars = new ArrayList<>();
        for (int seq = 0; seq < 500; seq++) {
            bars.add(Fixtures.bar("T" + (seq % 7), LocalDate.of(2024, 1, 2).plusDays(seq % 3), seq));
        }
        assertSameBytesBothWays(bars);
    }

    @Test
    void writesSameBytesAsAvroWriteSupportForGeneratedTradesAndAlerts() throws IOException {
        // generated arrays are java.util.Lists and maps java.util.Maps with String keys
        List<GenericRecord> trades = new ArrayList<>();
        List<GenericRecord> alerts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            trades.add(Fixtures.trade("T" + (i % 5), 1_704_204_000_000_000_000L + i));
            alerts.add(Fixtures.alert("A" + (i % 3), LocalDate.of(2024, 1, 2)));
        }
        assertSameBytesBothWays(trades);
        assertSameBytesBothWays(alerts);
    }

    private void assertSameBytesBothWays(List<GenericRecord> records) throws IOException {
        CompiledSchema compiled = ParquetRecordWriter.compile(records.get(0).getSchema(), ParquetSettings.DEFAULT);
        assertThat(compiled.plan()).isPresent();

        byte[] planned = Files.readAllBytes(write(compiled, records, "planned.parquet"));
        byte[] reference = Files.readAllBytes(write(compiled.withoutPlan(), records, "avro.parquet"));

        assertThat(planned).isEqualTo(reference);
    }

    @Test
    void declaresAvroSchemaAndModelInFooter() throws IOException {
        Schema schema = Topics.TRADES.valueSchema();
        CompiledSchema compiled = ParquetRecordWriter.compile(schema, ParquetSettings.DEFAULT);
        Path file = write(compiled, new RandomRecords(1).of(schema, 10), "trades.parquet");
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            assertThat(reader.getFooter().getFileMetaData().getKeyValueMetaData())
                    .containsEntry("parquet.avro.schema", schema.toString())
                    .containsEntry("writer.model.name", "avro");
        }
    }

    @Test
    void readsBackTheRecordsWritten() throws IOException {
        Schema schema = Topics.DAILY_METRICS.valueSchema();
        List<GenericRecord> records = RandomRecords.roundTripping(7).of(schema, 200);
        Path file = write(ParquetRecordWriter.compile(schema, ParquetSettings.DEFAULT), records, "daily.parquet");

        List<GenericRecord> read = Fixtures.readParquet(file);

        // GenericData equality compares Utf8 and String by content, maps by entries, doubles as Double.equals
        assertThat(read).isEqualTo(records);
    }

    private Path write(CompiledSchema compiled, List<GenericRecord> records, String name) throws IOException {
        Path target = tmp.resolve(name);
        try (RecordWriter writer = new ParquetRecordWriter(new AtomicFile(target), compiled, ParquetSettings.DEFAULT)) {
            for (GenericRecord record : records) {
                writer.write(record);
            }
            writer.commit();
        }
        return target;
    }
}
