package io.tickflow.cli.embedded.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * JSON keys and values of {@code _schemas} records, shaped like Confluent's own
 * ({@code {"keytype":"SCHEMA","subject":..,"version":..}} → {@code {"subject","version","id","schema"}};
 * {@code {"keytype":"CONFIG","subject":..}} → {@code {"compatibilityLevel":..}}). Keys are unique per
 * subject version and per config scope, so compaction keeps every live fact.
 */
final class RegistryEventCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryEventCodec() {
    }

    static byte[] key(RegistryEvent event) {
        ObjectNode key = JSON.createObjectNode();
        if (event instanceof RegistryEvent.SchemaRegistered registered) {
            key.put("keytype", "SCHEMA").put("subject", registered.subject()).put("version", registered.version());
        } else if (event instanceof RegistryEvent.CompatibilitySet set) {
            key.put("keytype", "CONFIG").put("subject", set.subject());
        }
        return bytes(key.put("magic", 1));
    }

    static byte[] value(RegistryEvent event) {
        ObjectNode value = JSON.createObjectNode();
        if (event instanceof RegistryEvent.SchemaRegistered registered) {
            value.put("subject", registered.subject()).put("version", registered.version())
                    .put("id", registered.id()).put("schema", registered.schema()).put("deleted", false);
        } else if (event instanceof RegistryEvent.CompatibilitySet set) {
            value.put("compatibilityLevel", set.level().name());
        }
        return bytes(value);
    }

    /**
     * @return the event, or empty for records this registry does not understand (other key types,
     *         tombstones, unsupported levels), which replay skips
     * @throws UncheckedIOException when key or value is not JSON
     */
    static Optional<RegistryEvent> decode(byte[] key, byte[] value) {
        if (key == null || value == null) {
            return Optional.empty();
        }
        JsonNode k = tree(key);
        JsonNode v = tree(value);
        String subject = k.hasNonNull("subject") ? k.get("subject").asText() : null;
        return switch (k.path("keytype").asText()) {
            case "SCHEMA" -> Optional.of(new RegistryEvent.SchemaRegistered(v.path("subject").asText(),
                    v.path("version").asInt(), v.path("id").asInt(), v.path("schema").asText()));
            case "CONFIG" -> CompatibilityLevel.parse(v.path("compatibilityLevel").asText(null))
                    .map(level -> new RegistryEvent.CompatibilitySet(subject, level));
            default -> Optional.empty();
        };
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("_schemas record is not JSON", e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
