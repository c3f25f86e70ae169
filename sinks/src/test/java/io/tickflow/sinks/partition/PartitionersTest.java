package io.tickflow.sinks.partition;

import static io.tickflow.sinks.Fixtures.OPEN_2024_01_02_NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.sinks.Fixtures;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.market.Trade;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class PartitionersTest {

    private static final LocalDate SESSION = LocalDate.of(2024, 1, 2);

    @Test
    void putsBarUnderEncodedTickerAndSessionDate() {
        ImbalanceBar bar = Fixtures.bar("BRK/B", SESSION, 0);
        assertThat(TickerDatePartitioner.of("ticker", "session").partitionOf(bar))
                .hasToString("ticker=BRK%2FB/date=2024-01-02");
    }

    @Test
    void readsAvroDateStoredAsEpochDaysInGenericRecord() {
        // 2024-01-02 is day 19724 since 1970-01-01 (54 years incl. 13 leap days: 54*365 + 13 + 1 = 19724)
        GenericRecord record = genericWithDate(19_724);
        assertThat(TickerDatePartitioner.of("ticker", "session").partitionOf(record))
                .hasToString("ticker=ABR%70A/date=2024-01-02");
    }

    @Test
    void convertsNanosecondTimestampToNewYorkDate() {
        // 2024-01-03 01:00 UTC is still 2024-01-02 20:00 in New York (UTC-5)
        long lateEvening = OPEN_2024_01_02_NS + (10L * 3600 + 30 * 60) * 1_000_000_000L;
        Trade trade = Fixtures.trade("AAPL", lateEvening);
        assertThat(TickerDatePartitioner.of("ticker", "sip_ts").partitionOf(trade))
                .hasToString("ticker=AAPL/date=2024-01-02");
        assertThat(new TickerDatePartitioner("ticker", new DateField("sip_ts", ZoneOffset.UTC)).partitionOf(trade))
                .hasToString("ticker=AAPL/date=2024-01-03");
    }

    @Test
    void readsNewYorkDateOnBothSidesOfDaylightSavingChanges() {
        // 2024-03-10 04:30 UTC is 2024-03-09 23:30 EST (UTC-5; clocks spring forward at 02:00 that day);
        // 2024-11-03 04:30 UTC is 2024-11-03 00:30 EDT (UTC-4; clocks fall back at 02:00 that day)
        long springUtc = 1_710_045_000L * 1_000_000_000L; // 2024-03-10T04:30:00Z
        long fallUtc = 1_730_608_200L * 1_000_000_000L;   // 2024-11-03T04:30:00Z
        assertThat(DateField.of("sip_ts").dateOf(Fixtures.trade("A", springUtc))).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(DateField.of("sip_ts").dateOf(Fixtures.trade("A", fallUtc))).isEqualTo(LocalDate.of(2024, 11, 3));
    }

    @Test
    void readsDateOfTimestampBeforeTheEpoch() {
        // -1 ns is 1969-12-31 23:59:59.999999999 UTC, 18:59 EST the same day
        assertThat(DateField.of("sip_ts").dateOf(Fixtures.trade("A", -1L))).isEqualTo(LocalDate.of(1969, 12, 31));
    }

    @Test
    void convertsTimestampMillisInItsOwnUnit() {
        Schema millis = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
        Schema schema = SchemaBuilder.record("R").fields().name("ts").type(millis).noDefault().endRecord();
        GenericRecord record = new GenericData.Record(schema);
        record.put("ts", OPEN_2024_01_02_NS / 1_000_000L);
        assertThat(new DatePartitioner(DateField.of("ts")).partitionOf(record)).hasToString("date=2024-01-02");
    }

    @Test
    void splitsDateIntoZeroPaddedYearAndMonth() {
        assertThat(new YearMonthPartitioner(DateField.of("session")).partitionOf(Fixtures.bar("A", SESSION, 0)))
                .hasToString("year=2024/month=01");
    }

    @Test
    void putsRecordUnderItsDate() {
        assertThat(new DatePartitioner(DateField.of("session")).partitionOf(Fixtures.bar("A", SESSION, 0)))
                .hasToString("date=2024-01-02");
    }

    @Test
    void rejectsMissingField() {
        assertThatThrownBy(() -> TickerDatePartitioner.of("symbol", "session").partitionOf(Fixtures.bar("A", SESSION, 0)))
                .isInstanceOf(PartitionException.class).hasMessage("field symbol is missing");
    }

    @Test
    void rejectsNullDate() {
        Trade trade = Fixtures.trade("A", 1L);
        assertThatThrownBy(() -> new DatePartitioner(DateField.of("participant_ts")).partitionOf(trade))
                .isInstanceOf(PartitionException.class).hasMessage("field participant_ts is null");
    }

    @Test
    void rejectsPlainIntAsDate() {
        assertThatThrownBy(() -> new DatePartitioner(DateField.of("seq")).partitionOf(Fixtures.bar("A", SESSION, 3)))
                .isInstanceOf(PartitionException.class).hasMessage("field seq is INT, not a date or timestamp");
    }

    @Test
    void rejectsNonStringTicker() {
        assertThatThrownBy(() -> TickerDatePartitioner.of("seq", "session").partitionOf(Fixtures.bar("A", SESSION, 3)))
                .isInstanceOf(PartitionException.class).hasMessage("field seq is not a string");
    }

    private static GenericRecord genericWithDate(int epochDay) {
        Schema date = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
        Schema schema = SchemaBuilder.record("R").fields()
                .requiredString("ticker").name("session").type(date).noDefault().endRecord();
        GenericRecord record = new GenericData.Record(schema);
        record.put("ticker", new org.apache.avro.util.Utf8("ABRpA"));
        record.put("session", epochDay);
        return record;
    }
}
