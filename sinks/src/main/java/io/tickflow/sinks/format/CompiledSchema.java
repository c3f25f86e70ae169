package io.tickflow.sinks.format;

import io.tickflow.sinks.fieldplan.PlanCompiler;
import io.tickflow.sinks.fieldplan.PlannedParquetWriter;
import io.tickflow.sinks.fieldplan.RecordPlan;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * What a writer needs of an Avro schema, worked out once per schema rather than once per file: its Parquet schema,
 * the columns written without a dictionary, and the field plan that writes its records (empty when the plan does
 * not cover the schema, and then parquet-avro's {@code AvroWriteSupport} writes them).
 *
 * @param avro          the Avro record schema
 * @param parquet       its Parquet schema, converted with the writer's configuration (three-level lists)
 * @param undictionaried dotted paths of the columns written without a dictionary
 * @param plan          the field plan, or empty
 */
record CompiledSchema(Schema avro, MessageType parquet, List<String> undictionaried, Optional<RecordPlan> plan) {

    /**
     * System property that, set to {@code true}, writes every schema through {@code AvroWriteSupport}: the same
     * bytes, slower; an A/B switch for benchmarks and a way around a plan fault without a rebuild.
     */
    static final String AVRO_WRITE_SUPPORT_PROPERTY = "tickflow.parquet.avroWriteSupport";

    /** @param configuration the configuration the writers are built with */
    static CompiledSchema of(Schema avro, ParquetConfiguration configuration) {
        MessageType parquet = new AvroSchemaConverter(configuration).convert(avro);
        Optional<RecordPlan> plan = Boolean.getBoolean(AVRO_WRITE_SUPPORT_PROPERTY)
                ? Optional.empty() : PlanCompiler.compile(avro, parquet);
        return new CompiledSchema(avro, parquet, UndictionariedColumns.of(parquet), plan);
    }

    /** The same schema forced onto {@code AvroWriteSupport} (the reference the plan is tested against). */
    CompiledSchema withoutPlan() {
        return new CompiledSchema(avro, parquet, undictionaried, Optional.empty());
    }

    /** A builder for a writer of {@code file}: through the plan when there is one, else {@code AvroWriteSupport}. */
    ParquetWriter.Builder<GenericRecord, ?> builder(OutputFile file) {
        if (plan.isPresent()) {
            return PlannedParquetWriter.builder(file, avro, parquet, plan.get());
        }
        return AvroParquetWriter.<GenericRecord>builder(file).withSchema(avro).withDataModel(dataModel());
    }

    /** Conversions let generated classes' {@code LocalDate}, {@code Instant} and decimal values be written. */
    private static GenericData dataModel() {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampNanosConversion());
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new Conversions.UUIDConversion());
        return model;
    }
}
