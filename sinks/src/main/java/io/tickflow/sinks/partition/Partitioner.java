package io.tickflow.sinks.partition;

import org.apache.avro.generic.GenericRecord;

/**
 * Turns a record into the relative folder it belongs in (the partitioner seam of kafka-connect-storage-common's
 * {@code Partitioner}, without raw values in paths). Implementations are immutable and pure: the same record gives
 * the same path on every run, which the deterministic file names rely on.
 */
public interface Partitioner {

    /**
     * @param record a record, not null (generic or generated specific record)
     * @return the record's folder relative to the dataset root
     * @throws PartitionException if the record lacks a usable value; the message is the reason
     */
    PartitionPath partitionOf(GenericRecord record);
}
