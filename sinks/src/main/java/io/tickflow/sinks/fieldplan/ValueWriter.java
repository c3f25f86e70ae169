package io.tickflow.sinks.fieldplan;

import org.apache.parquet.io.api.RecordConsumer;

/** Writes one non-null Avro value of a type fixed when the plan was compiled. Stateless, so shareable. */
@FunctionalInterface
interface ValueWriter {

    /**
     * @param consumer the file's record consumer, inside the field the value belongs to
     * @param value    the value as a generic or generated Avro record holds it, not null
     */
    void write(RecordConsumer consumer, Object value);
}
