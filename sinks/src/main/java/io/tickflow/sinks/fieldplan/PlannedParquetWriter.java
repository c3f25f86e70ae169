package io.tickflow.sinks.fieldplan;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;

/** Builds parquet-java {@link ParquetWriter}s that write Avro records through a {@link RecordPlan}. */
public final class PlannedParquetWriter {

    private PlannedParquetWriter() {
    }

    /**
     * @param file    where the file goes
     * @param avro    the Avro record schema of every record
     * @param parquet the Parquet schema {@code AvroSchemaConverter} made of {@code avro}
     * @param plan    the plan {@link PlanCompiler} compiled from the two
     * @return a builder to configure (codec, row group, page version, dictionary) like any other
     */
    public static Builder builder(OutputFile file, Schema avro, MessageType parquet, RecordPlan plan) {
        return new Builder(file, new PlannedWriteSupport(avro, parquet, plan));
    }

    /** A {@link ParquetWriter.Builder} whose write support is a {@link PlannedWriteSupport}. */
    public static final class Builder extends ParquetWriter.Builder<GenericRecord, Builder> {
        private final PlannedWriteSupport support;

        private Builder(OutputFile file, PlannedWriteSupport support) {
            super(file);
            this.support = Objects.requireNonNull(support, "support");
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<GenericRecord> getWriteSupport(Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<GenericRecord> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }
}
