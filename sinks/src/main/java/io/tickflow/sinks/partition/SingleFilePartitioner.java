package io.tickflow.sinks.partition;

import org.apache.avro.generic.GenericRecord;

/**
 * Every record in the dataset folder itself: one file for the whole dataset, as the seed's
 * {@code stats/topN_12m_rolling.parquet}.
 */
public record SingleFilePartitioner() implements Partitioner {

    @Override
    public PartitionPath partitionOf(GenericRecord record) {
        return PartitionPath.ROOT;
    }
}
