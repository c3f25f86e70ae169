package io.tickflow.sinks.fieldplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.Topics;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;

class PlanCompilerTest {

    @Test
    void coversEveryTopicSchema() {
        for (Topic<?> topic : Topics.ALL) {
            assertThat(compiles(topic.valueSchema())).as(topic.name()).isTrue();
        }
    }

    @Test
    void leavesTimestampLogicalTypeToAvroWriteSupport() {
        Schema schema = SchemaBuilder.record("R").fields()
                .name("ts").type(org.apache.avro.LogicalTypes.timestampMillis()
                        .addToSchema(Schema.create(Schema.Type.LONG))).noDefault()
                .endRecord();
        assertThat(compiles(schema)).isFalse();
    }

    @Test
    void leavesUnionOfTwoTypesToAvroWriteSupport() {
        Schema schema = SchemaBuilder.record("R").fields()
                .name("v").type().unionOf().nullType().and().longType().and().stringType().endUnion().noDefault()
                .endRecord();
        assertThat(compiles(schema)).isFalse();
    }

    @Test
    void leavesFixedToAvroWriteSupport() {
        Schema schema = SchemaBuilder.record("R").fields().name("f").type().fixed("F").size(4).noDefault().endRecord();
        assertThat(compiles(schema)).isFalse();
    }

    @Test
    void leavesNullFieldToAvroWriteSupport() {
        // parquet-avro drops a null-typed field, shifting the Parquet positions of the fields after it
        Schema schema = SchemaBuilder.record("R").fields()
                .name("n").type().nullType().noDefault()
                .name("x").type().longType().noDefault()
                .endRecord();
        assertThat(compiles(schema)).isFalse();
    }

    @Test
    void leavesOldTwoLevelListsToAvroWriteSupport() {
        Schema schema = SchemaBuilder.record("R").fields()
                .name("a").type().array().items().intType().noDefault().endRecord();
        MessageType twoLevel = new AvroSchemaConverter(new PlainParquetConfiguration()).convert(schema);
        assertThat(PlanCompiler.compile(schema, twoLevel)).isEmpty();
    }

    @Test
    void coversNestedRecordsAndNullableElements() {
        Schema inner = SchemaBuilder.record("Inner").fields().name("s").type().nullable().stringType().noDefault()
                .endRecord();
        Schema schema = SchemaBuilder.record("R").fields()
                .name("inner").type(inner).noDefault()
                .name("xs").type().array().items().nullable().doubleType().noDefault()
                .endRecord();
        assertThat(compiles(schema)).isTrue();
    }

    private static boolean compiles(Schema schema) {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        return PlanCompiler.compile(schema, new AvroSchemaConverter(conf).convert(schema)).isPresent();
    }
}
