package io.tickflow.schemas.registry;

import io.tickflow.schemas.market.Trade;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format {@link Trade} payloads, the bars stage's input, once per trade: when the writer
 * schema is the {@code Trade} schema this code was compiled with, the Avro binary body is read field by field
 * straight into a {@code Trade} (no resolving decoder, no reflection on the record class); any other writer schema
 * (an older or newer version) goes through {@link SpecificAvroDeserializer}'s schema resolution. Both give equal
 * records (TradeAvroDeserializerTest). Stateless per call, so one instance serves every stream thread.
 *
 * <p>Avro binary encoding (Avro specification, "Binary Encoding"): int and long as zig-zag varints, double as 8
 * little-endian bytes, string as a long length and UTF-8 bytes, union as the branch's int index then the value,
 * array as blocks of a long item count (negative: its absolute value, then the block's byte size) ended by 0.
 */
public final class TradeAvroDeserializer implements Deserializer<Trade> {
    private final SchemaRegistryClient client;
    private final SpecificAvroDeserializer<Trade> resolving;
    private final Map<Integer, Boolean> isCompiledSchema = new ConcurrentHashMap<>();

    /** @param client registry client, to fetch writer schemas by id */
    public TradeAvroDeserializer(SchemaRegistryClient client) {
        this.client = client;
        this.resolving = new SpecificAvroDeserializer<>(Trade.class, client);
    }

    /**
     * @throws SerializationException on a bad header, an unknown schema id, or a body that is not a whole Trade
     */
    @Override
    public Trade deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int id = ConfluentWireFormat.schemaId(payload);
        if (!isCompiledSchema.computeIfAbsent(id, this::writtenWithCompiledSchema)) {
            return resolving.deserialize(topic, payload);
        }
        try {
            return read(new Cursor(payload, ConfluentWireFormat.HEADER_BYTES)); // trailing bytes ignored, as Avro does
        } catch (RuntimeException e) {
            throw new SerializationException("cannot decode a record of topic '" + topic + "' with schema id " + id
                    + " (" + payload.length + " bytes; truncated or not Avro binary): " + e, e);
        }
    }

    private boolean writtenWithCompiledSchema(int id) {
        try {
            return Trade.getClassSchema().equals(client.schemaById(id));
        } catch (SchemaRegistryException e) {
            return false; // the resolving path reports the unavailable schema with its own message
        }
    }

    /** The fields in the order of trade.avsc. */
    private static Trade read(Cursor in) {
        Trade trade = new Trade();
        trade.setTicker(in.string());
        trade.setSipTs(in.varLong());
        trade.setParticipantTs(in.present() ? in.varLong() : null);
        trade.setTrfTs(in.present() ? in.varLong() : null);
        trade.setPrice(in.doubleValue());
        trade.setSize(in.doubleValue());
        trade.setExchange(in.present() ? in.varInt() : null);
        trade.setConditions(in.ints());
        trade.setCorrection(in.present() ? in.varInt() : null);
        trade.setSequence(in.present() ? in.varLong() : null);
        trade.setTape(in.present() ? in.varInt() : null);
        trade.setId(in.present() ? in.string() : null);
        trade.setTrfId(in.present() ? in.varInt() : null);
        trade.setSource(in.present() ? in.string() : null);
        return trade;
    }

    /** A read position in one payload. */
    private static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        long varLong() {
            long raw = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = bytes[position++];
                raw |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return (raw >>> 1) ^ -(raw & 1);
                }
            }
            throw new IllegalStateException("varint longer than 10 bytes at " + position);
        }

        int varInt() {
            long value = varLong();
            if (value != (int) value) {
                throw new IllegalStateException("int out of range: " + value);
            }
            return (int) value;
        }

        /** A ["null", T] union: whether the T branch follows. */
        boolean present() {
            int branch = varInt();
            if (branch != 0 && branch != 1) {
                throw new IllegalStateException("union branch " + branch + " of a [null, T] union");
            }
            return branch == 1;
        }

        double doubleValue() {
            long bits = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                bits |= (bytes[position + i] & 0xffL) << (8 * i);
            }
            position += Long.BYTES;
            return Double.longBitsToDouble(bits);
        }

        String string() {
            int length = varInt();
            if (length < 0 || length > bytes.length - position) {
                throw new IllegalStateException("string of " + length + " bytes at " + position);
            }
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        List<Integer> ints() {
            List<Integer> values = new ArrayList<>();
            for (long count = varLong(); count != 0; count = varLong()) {
                if (count < 0) {
                    count = -count;
                    varLong(); // the block's size in bytes, for skipping; not needed to read it
                }
                for (long i = 0; i < count; i++) {
                    values.add(varInt());
                }
            }
            return values;
        }
    }
}
