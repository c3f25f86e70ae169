package io.tickflow.sinks.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The connector that docker-compose.yml creates uses only keys the connector defines, with valid values. */
class ComposeConnectorConfigTest {

    private static final Set<String> CONNECT_KEYS = Set.of("connector.class", "tasks.max", "topics", "key.converter",
            "value.converter");

    @Test
    void composeCreatesTheSinkWithKnownKeysAndRawByteValues() throws IOException {
        Path compose = Path.of("../docker-compose.yml");
        Assumptions.assumeTrue(Files.isRegularFile(compose), "docker-compose.yml not found from " + Path.of("").toAbsolutePath());
        Matcher json = Pattern.compile("connectors/tickflow-parquet-sink/config -d '(\\{.*?})'", Pattern.DOTALL)
                .matcher(Files.readString(compose));
        assertThat(json.find()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, String> config = new ObjectMapper().readValue(json.group(1), Map.class);

        Set<String> own = new HashSet<>(config.keySet());
        own.removeAll(CONNECT_KEYS);
        assertThat(ParquetSinkConfig.CONFIG_DEF.names()).containsAll(own);
        assertThat(config).containsEntry("connector.class", ParquetSinkConnector.class.getName())
                .containsEntry("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        ParquetSinkConfig parsed = new ParquetSinkConfig(config);
        assertThat(parsed.rootDir()).isEqualTo(Path.of("/data/out"));
        assertThat(parsed.sealPolicy().graceMs()).isEqualTo(14_400_000L);
        for (String topic : config.get("topics").split(",")) {
            assertThat(parsed.layoutOf(topic).topic()).isEqualTo(topic);
        }
    }
}
