package io.tickflow.streams.bars;

import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A block of imbalances as 8-byte big-endian doubles, for the history store and its changelog. */
final class DoubleBlockSerde implements Serde<double[]> {
    @Override
    public Serializer<double[]> serializer() {
        return (topic, values) -> {
            if (values == null) {
                return null;
            }
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES);
            bytes.asDoubleBuffer().put(values);
            return bytes.array();
        };
    }

    @Override
    public Deserializer<double[]> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length % Double.BYTES != 0) {
                throw new IllegalStateException("history block of " + bytes.length + " bytes is not whole doubles");
            }
            double[] values = new double[bytes.length / Double.BYTES];
            ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
            return values;
        };
    }
}
