package io.tickflow.sinks.connect;

import io.tickflow.sinks.partition.DateField;
import io.tickflow.sinks.partition.DatePartitioner;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.partition.Partitioner;
import io.tickflow.sinks.partition.TickerDatePartitioner;
import io.tickflow.sinks.partition.YearMonthPartitioner;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Where one topic lands, from the keys {@code topic.<name>.folder}, {@code .partitioner}, {@code .ticker.field}
 * and {@code .date.field}. Unset keys fall back to tickflow's own layout of the topic ({@link DatasetLayout}), so
 * the tickflow topics need no keys at all; any other topic needs a folder and a partitioner.
 */
public final class TopicLayoutConfig extends AbstractConfig {

    public static final String FOLDER_CONFIG = "folder";
    public static final String FOLDER_DOC = "Dataset folder under root.dir; {version} is replaced by dataset.version.";

    public static final String PARTITIONER_CONFIG = "partitioner";
    public static final String PARTITIONER_DOC = "ticker-date (ticker=T/date=D), date (date=D), year-month "
            + "(year=YYYY/month=MM) or none (files directly in the folder).";

    public static final String TICKER_FIELD_CONFIG = "ticker.field";
    public static final String TICKER_FIELD_DOC = "String field holding the ticker, for ticker-date.";
    public static final String TICKER_FIELD_DEFAULT = "ticker";

    public static final String DATE_FIELD_CONFIG = "date.field";
    public static final String DATE_FIELD_DOC = "Avro date field, or timestamp long (ns unless a timestamp logical "
            + "type says otherwise), read in America/New_York.";

    static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FOLDER_CONFIG, Type.STRING, null, Importance.HIGH, FOLDER_DOC)
            .define(PARTITIONER_CONFIG, Type.STRING, null,
                    nullOr(ConfigDef.ValidString.in("ticker-date", "date", "year-month", "none")),
                    Importance.HIGH, PARTITIONER_DOC)
            .define(TICKER_FIELD_CONFIG, Type.STRING, TICKER_FIELD_DEFAULT, Importance.MEDIUM, TICKER_FIELD_DOC)
            .define(DATE_FIELD_CONFIG, Type.STRING, null, Importance.MEDIUM, DATE_FIELD_DOC);

    private final String topic;

    /** Unset stays allowed: the topic's built-in layout then applies. */
    private static ConfigDef.Validator nullOr(ConfigDef.Validator validator) {
        return ConfigDef.LambdaValidator.with((name, value) -> {
            if (value != null) {
                validator.ensureValid(name, value);
            }
        }, validator::toString);
    }

    /**
     * @param topic the topic
     * @param props the topic's keys without their {@code topic.<name>.} prefix
     */
    public TopicLayoutConfig(String topic, Map<String, ?> props) {
        super(CONFIG_DEF, props, false);
        this.topic = topic;
    }

    /** {@code topic.<name>.} */
    public static String prefixOf(String topic) {
        return "topic." + topic + ".";
    }

    /** The layout these keys describe over the topic's built-in one. */
    public DatasetLayout layout() {
        Optional<DatasetLayout> known = DatasetLayout.forTopic(topic);
        String folder = Optional.ofNullable(getString(FOLDER_CONFIG)).or(() -> known.map(DatasetLayout::folder))
                .orElseThrow(() -> missing(FOLDER_CONFIG));
        Partitioner partitioner = getString(PARTITIONER_CONFIG) == null
                ? known.map(DatasetLayout::partitioner).orElseThrow(() -> missing(PARTITIONER_CONFIG))
                : partitioner(getString(PARTITIONER_CONFIG));
        return new DatasetLayout(topic, folder, partitioner);
    }

    private Partitioner partitioner(String kind) {
        return switch (kind) {
            case "ticker-date" -> new TickerDatePartitioner(getString(TICKER_FIELD_CONFIG), dateField());
            case "date" -> new DatePartitioner(dateField());
            case "year-month" -> new YearMonthPartitioner(dateField());
            default -> record -> io.tickflow.sinks.partition.PartitionPath.ROOT;
        };
    }

    private DateField dateField() {
        String field = getString(DATE_FIELD_CONFIG);
        if (field == null) {
            throw missing(DATE_FIELD_CONFIG);
        }
        return DateField.of(field);
    }

    private ConfigException missing(String key) {
        return new ConfigException(prefixOf(topic) + key, null,
                "topic " + topic + " has no built-in layout; set " + prefixOf(topic) + key);
    }
}
