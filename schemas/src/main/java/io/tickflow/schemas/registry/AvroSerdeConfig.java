package io.tickflow.schemas.registry;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Kafka-facing settings of the tickflow Avro serdes. The two main keys carry Confluent's names, so a
 * configuration written for Confluent's serializer works unchanged.
 */
public final class AvroSerdeConfig extends AbstractConfig {

    public static final String SCHEMA_REGISTRY_URL_CONFIG = "schema.registry.url";
    public static final String SCHEMA_REGISTRY_URL_DOC = "Base URL of a Confluent-compatible schema registry; "
            + "user:password@ in the URL is sent as Basic authentication and never logged.";

    public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";
    public static final String AUTO_REGISTER_SCHEMAS_DOC = "Register the record's schema on first use; "
            + "when false the schema must already be registered under the subject.";
    public static final boolean AUTO_REGISTER_SCHEMAS_DEFAULT = true;

    public static final String MAX_ATTEMPTS_CONFIG = "schema.registry.request.max.attempts";
    public static final String MAX_ATTEMPTS_DOC = "Attempts per registry request on 5xx or connection errors.";
    public static final int MAX_ATTEMPTS_DEFAULT = 5;

    public static final String RETRY_BACKOFF_MS_CONFIG = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MS_DOC = "First retry wait, doubling up to schema.registry.retry.backoff.max.ms.";
    public static final long RETRY_BACKOFF_MS_DEFAULT = 100;

    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = "schema.registry.retry.backoff.max.ms";
    public static final String RETRY_BACKOFF_MAX_MS_DOC = "Cap of the doubling retry wait.";
    public static final long RETRY_BACKOFF_MAX_MS_DEFAULT = 2_000;

    public static final String RETRY_DEADLINE_MS_CONFIG = "schema.registry.retry.deadline.ms";
    public static final String RETRY_DEADLINE_MS_DOC = "Time budget of one registry request including retries.";
    public static final long RETRY_DEADLINE_MS_DEFAULT = 30_000;

    public static final String REQUEST_TIMEOUT_MS_CONFIG = "schema.registry.request.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS_DOC = "Time budget of one HTTP exchange with the registry.";
    public static final long REQUEST_TIMEOUT_MS_DEFAULT = 10_000;

    public static final ConfigDef CONFIG_DEF = registryGroup(new ConfigDef());

    /**
     * @param props serde configuration as Kafka passes it to {@code configure}; values are never logged,
     *              because the registry URL may carry a password
     */
    public AvroSerdeConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props, false);
    }

    private static ConfigDef registryGroup(ConfigDef def) {
        return def
                .define(SCHEMA_REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        Importance.HIGH, SCHEMA_REGISTRY_URL_DOC)
                .define(AUTO_REGISTER_SCHEMAS_CONFIG, Type.BOOLEAN, AUTO_REGISTER_SCHEMAS_DEFAULT,
                        Importance.MEDIUM, AUTO_REGISTER_SCHEMAS_DOC)
                .define(MAX_ATTEMPTS_CONFIG, Type.INT, MAX_ATTEMPTS_DEFAULT, Range.atLeast(1),
                        Importance.LOW, MAX_ATTEMPTS_DOC)
                .define(RETRY_BACKOFF_MS_CONFIG, Type.LONG, RETRY_BACKOFF_MS_DEFAULT, Range.atLeast(0),
                        Importance.LOW, RETRY_BACKOFF_MS_DOC)
                .define(RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, RETRY_BACKOFF_MAX_MS_DEFAULT, Range.atLeast(0),
                        Importance.LOW, RETRY_BACKOFF_MAX_MS_DOC)
                .define(RETRY_DEADLINE_MS_CONFIG, Type.LONG, RETRY_DEADLINE_MS_DEFAULT, Range.atLeast(1),
                        Importance.LOW, RETRY_DEADLINE_MS_DOC)
                .define(REQUEST_TIMEOUT_MS_CONFIG, Type.LONG, REQUEST_TIMEOUT_MS_DEFAULT, Range.atLeast(1),
                        Importance.LOW, REQUEST_TIMEOUT_MS_DOC);
    }

    /** @return whether serializers register schemas on first use */
    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS_CONFIG);
    }

    /** @return the client settings these keys describe */
    public RegistryClientSettings clientSettings() {
        return new RegistryClientSettings(getString(SCHEMA_REGISTRY_URL_CONFIG), getInt(MAX_ATTEMPTS_CONFIG),
                Duration.ofMillis(getLong(RETRY_BACKOFF_MS_CONFIG)), Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS_CONFIG)),
                Duration.ofMillis(getLong(RETRY_DEADLINE_MS_CONFIG)), Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS_CONFIG)));
    }
}
