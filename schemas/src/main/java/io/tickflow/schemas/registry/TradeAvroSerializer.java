package io.tickflow.schemas.registry;

import io.tickflow.schemas.market.Trade;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes {@link Trade}s in the Confluent wire format field by field straight into a byte array, the same bytes as
 * {@link SpecificAvroSerializer} writes (TradeAvroSerializerTest compares them), for the replay, which writes every
 * trade it reads: the general path's encoder calls (one virtual call per field and per byte of a varint, a UTF-8 array
 * per string) were a quarter of a replay's sending thread.
 *
 * <p>The schema id is the one the general serializer registers (or looks up) for the topic: the first trade of a
 * topic goes through it and its header gives the id. Thread-safe: the id is immutable once published, and each
 * thread encodes in a buffer of its own.
 *
 * <p>Avro binary encoding (Avro specification, "Binary Encoding"), as {@link TradeAvroDeserializer} reads it: int
 * and long as zig-zag varints, double as 8 little-endian bytes, string as its UTF-8 length then bytes, union as the
 * branch index (0 = null) then the value, array as one block (item count, items) ended by a 0 count.
 */
public final class TradeAvroSerializer implements Serializer<Trade> {

    private final SpecificAvroSerializer<Trade> general;
    private volatile TopicSchema last;
    private final ThreadLocal<TradeBytes> buffers = ThreadLocal.withInitial(TradeBytes::new);

    private record TopicSchema(String topic, int id) {
    }

    /** @param client registry client; the Trade schema is registered under {@code <topic>-value} on first write */
    public TradeAvroSerializer(SchemaRegistryClient client) {
        this.general = new SpecificAvroSerializer<>(client, true);
    }

    /**
     * @throws SerializationException when the registry refuses the schema, or a required field (ticker, price, size,
     *                                conditions) is null
     */
    @Override
    public byte[] serialize(String topic, Trade trade) {
        if (trade == null) {
            return null;
        }
        TopicSchema known = last;
        if (known == null || !known.topic().equals(topic)) {
            byte[] framed = general.serialize(topic, trade);
            last = new TopicSchema(topic, ConfluentWireFormat.schemaId(framed));
            return framed;
        }
        try {
            return buffers.get().encode(known.id(), trade);
        } catch (NullPointerException e) {
            throw new SerializationException("cannot write a " + Trade.getClassSchema().getFullName()
                    + " for subject '" + topic + "-value': a required field is null: " + e, e);
        }
    }

    /**
     * One thread's buffer, and the UTF-8 bytes of the last ticker and source written: a replay sends runs of trades
     * sharing both String instances (a file's path, a day's ticker run), so they are encoded once per run.
     */
    private static final class TradeBytes {
        private static final int INITIAL_BYTES = 256;
        private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final int KEPT_BUFFER_BYTES = 1 << 16;
        private byte[] bytes = new byte[INITIAL_BYTES];
        private int count;
        private final EncodedText ticker = new EncodedText();
        private final EncodedText source = new EncodedText();

        byte[] encode(int schemaId, Trade trade) {
            count = 0;
            ensure(ConfluentWireFormat.HEADER_BYTES);
            bytes[count++] = ConfluentWireFormat.MAGIC_BYTE;
            bytes[count++] = (byte) (schemaId >>> 24);
            bytes[count++] = (byte) (schemaId >>> 16);
            bytes[count++] = (byte) (schemaId >>> 8);
            bytes[count++] = (byte) schemaId;
            writeText(ticker.of(trade.getTicker()));
            writeLong(trade.getSipTs());
            writeOptionalLong(trade.getParticipantTs());
            writeOptionalLong(trade.getTrfTs());
            writeDouble(trade.getPrice());
            writeDouble(trade.getSize());
            writeOptionalLong(trade.getExchange());
            writeInts(trade.getConditions());
            writeOptionalLong(trade.getCorrection());
            writeOptionalLong(trade.getSequence());
            writeOptionalLong(trade.getTape());
            writeOptionalString(trade.getId());
            writeOptionalLong(trade.getTrfId());
            if (trade.getSource() == null) {
                writeLong(0);
            } else {
                writeLong(1);
                writeText(source.of(trade.getSource()));
            }
            byte[] framed = Arrays.copyOf(bytes, count);
            if (bytes.length > KEPT_BUFFER_BYTES) {
                bytes = new byte[INITIAL_BYTES]; // an unusually large trade does not pin a large array for good
            }
            return framed;
        }

        /** The UTF-8 bytes of the last String given, kept while the same instance comes again. */
        private static final class EncodedText {
            private String text;
            private byte[] utf8;

            byte[] of(String value) {
                if (value != text) { // identity: equal Strings of other instances are encoded again, correctly
                    utf8 = value.getBytes(StandardCharsets.UTF_8);
                    text = value;
                }
                return utf8;
            }
        }

        /** An int is written as the long of the same value: the same zig-zag varint. */
        private void writeOptionalLong(Number value) {
            if (value == null) {
                writeLong(0);
            } else {
                writeLong(1);
                writeLong(value.longValue());
            }
        }

        private void writeOptionalString(String value) {
            if (value == null) {
                writeLong(0);
            } else {
                writeLong(1);
                writeString(value);
            }
        }

        private void writeInts(List<Integer> values) {
            if (!values.isEmpty()) {
                writeLong(values.size());
                for (Integer value : values) {
                    writeLong(value);
                }
            }
            writeLong(0);
        }

        /**
         * Zig-zag varint, 7 bits a byte, low first. Locals instead of the fields in the loop: a trade's three
         * nanosecond times take 9 bytes each, and this was a sixth of the replay's sending thread.
         */
        private void writeLong(long value) {
            ensure(10);
            byte[] out = bytes;
            int at = count;
            long zigZag = (value << 1) ^ (value >> 63);
            while ((zigZag & ~0x7FL) != 0) {
                out[at++] = (byte) (zigZag | 0x80); // the cast keeps the low 7 bits and the continuation bit
                zigZag >>>= 7;
            }
            out[at++] = (byte) zigZag;
            count = at;
        }

        private void writeDouble(double value) {
            ensure(8);
            DOUBLE_LE.set(bytes, count, value); // the IEEE bits, little-endian, as Avro writes a double
            count += 8;
        }

        /** ASCII text byte by byte; other text as its UTF-8 bytes (as Avro's encoder writes every string). */
        private void writeString(String text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                if (text.charAt(i) >= 0x80) {
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    writeLong(utf8.length);
                    ensure(utf8.length);
                    System.arraycopy(utf8, 0, bytes, count, utf8.length);
                    count += utf8.length;
                    return;
                }
            }
            writeLong(length);
            ensure(length);
            for (int i = 0; i < length; i++) {
                bytes[count++] = (byte) text.charAt(i);
            }
        }

        /** A string's UTF-8 length, then its bytes. */
        private void writeText(byte[] utf8) {
            writeLong(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, count, utf8.length);
            count += utf8.length;
        }

        private void ensure(int more) {
            if (count + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
            }
        }
    }
}
