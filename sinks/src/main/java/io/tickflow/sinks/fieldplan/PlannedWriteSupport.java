package io.tickflow.sinks.fieldplan;

import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * A {@link WriteSupport} that writes Avro records through a {@link RecordPlan}, declaring the same Parquet schema
 * and footer metadata as parquet-avro's {@code AvroWriteSupport}: the Avro schema under {@code parquet.avro.schema}
 * (so {@code AvroParquetReader} reads the files back into the writer's records) and the writer model name
 * {@code avro}, which the files are in every respect but the code path that wrote them.
 */
final class PlannedWriteSupport extends WriteSupport<GenericRecord> {

    /** parquet-avro's {@code AvroReadSupport.AVRO_SCHEMA_METADATA_KEY} (package-private there). */
    static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";
    private final Schema avro;
    private final MessageType parquet;
    private final RecordPlan plan;
    private RecordConsumer consumer;

    PlannedWriteSupport(Schema avro, MessageType parquet, RecordPlan plan) {
        this.avro = Objects.requireNonNull(avro, "avro");
        this.parquet = Objects.requireNonNull(parquet, "parquet");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    public String getName() {
        return "avro";
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return context();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return context();
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(GenericRecord record) {
        plan.writeMessage(consumer, record);
    }

    private WriteContext context() {
        return new WriteContext(parquet, Map.of(AVRO_SCHEMA_KEY, avro.toString()));
    }
}
