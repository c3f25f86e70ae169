/**
 * Writing Avro records into Parquet through a field plan compiled once per writer schema: an array of small
 * per-field writers chosen by position and type, in place of parquet-avro's {@code AvroWriteSupport}, which walks
 * the Avro schema, resolves unions and looks up logical-type conversions for every field of every record.
 *
 * <p>The plan makes exactly the {@code RecordConsumer} calls {@code AvroWriteSupport} makes for the same records
 * (same Parquet schema from {@code AvroSchemaConverter}, same footer metadata), so files are byte-identical; schemas
 * the plan does not cover are written by {@code AvroWriteSupport} as before.
 */
package io.tickflow.sinks.fieldplan;
