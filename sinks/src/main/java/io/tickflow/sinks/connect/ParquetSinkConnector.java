package io.tickflow.sinks.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Kafka Connect sink that lands Avro records of tickflow topics as partitioned Parquet (ZSTD) under the output
 * layout, with exactly-once files (see {@link ParquetSinkTask}). Values must reach it as raw Confluent-format bytes
 * ({@code value.converter=org.apache.kafka.connect.converters.ByteArrayConverter}); {@link AvroValueDecoder} says
 * why. Registered in {@code META-INF/services/org.apache.kafka.connect.sink.SinkConnector}.
 */
public final class ParquetSinkConnector extends SinkConnector {

    /** The plugin version Connect reports. */
    public static final String VERSION = versionOf();

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        this.props = Map.copyOf(props);
        new ParquetSinkConfig(this.props); // fails the connector early on a bad configuration
    }

    @Override
    public Class<? extends Task> taskClass() {
        return ParquetSinkTask.class;
    }

    /** Every task gets the same settings; Connect spreads the topic partitions over them. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(props);
        }
        return configs;
    }

    @Override
    public void stop() {
        // nothing held: the tasks own the files
    }

    @Override
    public ConfigDef config() {
        return ParquetSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return VERSION;
    }

    private static String versionOf() {
        String version = ParquetSinkConnector.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }
}
