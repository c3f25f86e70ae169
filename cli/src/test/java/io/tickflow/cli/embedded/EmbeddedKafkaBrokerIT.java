package io.tickflow.cli.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tickflow.cli.testing.SharedKafka;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The broker scenarios on tickflow's embedded KRaft broker, plus what only the embedded broker does. */
@ExtendWith(SharedKafka.class)
class EmbeddedKafkaBrokerIT extends BrokerScenarios {

    @Override
    String bootstrapServers() {
        return SharedKafka.bootstrapServers();
    }

    @Test
    void refusesToStartOnATakenPortWithAMessageNamingIt(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            BrokerSettings settings = new BrokerSettings(dir, port, port == 65535 ? port - 1 : port + 1, 1, true);
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(settings))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("already in use");
        }
    }
}
