package io.tickflow.schemas.registry;

import java.util.Map;

/**
 * The registry a serde talks to and whether it may register: given at construction, or built from
 * {@code configure(Map, isKey)} through {@link AvroSerdeConfig}.
 *
 * @param client       registry client, not null
 * @param autoRegister whether serializers register schemas on first use
 */
record SerdeBinding(SchemaRegistryClient client, boolean autoRegister) {

    static SerdeBinding from(Map<String, ?> configs) {
        AvroSerdeConfig config = new AvroSerdeConfig(configs);
        return new SerdeBinding(new SchemaRegistryClient(config.clientSettings()), config.autoRegisterSchemas());
    }

    static SerdeBinding orFrom(SerdeBinding given, Map<String, ?> configs) {
        return given != null ? given : from(configs);
    }

    static <T> T require(T configured, String serde) {
        if (configured == null) {
            throw new IllegalStateException(serde + " used before configure(...) and without a registry client");
        }
        return configured;
    }
}
