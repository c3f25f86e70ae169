package io.tickflow.streams.deadletter;

import io.tickflow.schemas.deadletter.DeadLetter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/** Dead-letter records for inputs a topology refuses: where the record was, what it held, and why. */
public final class DeadLetters {
    private static final int MAX_RAW_CHARS = 4096;

    private DeadLetters() {
    }

    /**
     * A dead letter for the record being processed, positioned by its topic, partition and offset.
     *
     * @param eventTimeNanos the refused input's own event time, ns since epoch
     */
    public static DeadLetter ofRecord(ProcessorContext<?, ?> context, SpecificRecord value, long eventTimeNanos,
                                      String reason) {
        var meta = context.recordMetadata();
        String source = meta.map(m -> "topic " + m.topic()).orElse("topic ?");
        String position = meta.map(m -> "partition " + m.partition() + " offset " + m.offset()).orElse("unknown");
        String raw = String.valueOf(value);
        return DeadLetter.newBuilder()
                .setSource(source)
                .setPosition(position)
                .setFormat("avro:" + value.getSchema().getFullName())
                .setRaw(raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw)
                .setReason(reason)
                .setRejectedTs(eventTimeNanos)
                .build();
    }
}
