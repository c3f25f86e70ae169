package io.tickflow.sinks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.sinks.storage.FileSync;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ParquetSinkConfigTest {

    private static final Map<String, String> REQUIRED = Map.of(ParquetSinkConfig.ROOT_DIR_CONFIG, "/tmp/lake",
            "schema.registry.url", "http://127.0.0.1:1");

    @Test
    void fileSyncDefaultsToForcingFilesAtOffsetCommit() {
        assertThat(new ParquetSinkConfig(REQUIRED).fileSync()).isEqualTo(FileSync.Mode.COMMIT);
    }

    @Test
    void fileSyncReadsAlwaysAndNoneWhateverTheirCase() {
        assertThat(config("ALWAYS").fileSync()).isEqualTo(FileSync.Mode.ALWAYS);
        assertThat(config("none").fileSync()).isEqualTo(FileSync.Mode.NONE);
    }

    @Test
    void fileSyncRefusesAnUnknownMode() {
        assertThatThrownBy(() -> config("sometimes")).isInstanceOf(ConfigException.class)
                .hasMessageContaining(ParquetSinkConfig.FILE_SYNC_CONFIG);
    }

    private static ParquetSinkConfig config(String fileSync) {
        Map<String, String> props = new java.util.HashMap<>(REQUIRED);
        props.put(ParquetSinkConfig.FILE_SYNC_CONFIG, fileSync);
        return new ParquetSinkConfig(props);
    }
}
