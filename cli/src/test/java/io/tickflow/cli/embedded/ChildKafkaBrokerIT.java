package io.tickflow.cli.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's broker in a child JVM: it serves clients once started, and close() takes it down. */
class ChildKafkaBrokerIT {

    @Test
    void servesClientsUntilClosedThenFreesItsPort(@TempDir Path dir) throws Exception {
        BrokerSettings settings = BrokerSettings.onFreePorts(dir.resolve("broker"));
        try (ChildKafkaBroker broker = ChildKafkaBroker.start(settings)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
                admin.createTopics(List.of(new NewTopic("child-probe", 1, (short) 1))).all().get(); // throws if refused
            }
        }
        assertThatThrownBy(() -> new Socket(InetAddress.getByName("127.0.0.1"), settings.port()).close())
                .as("nothing listens on the client port after close()")
                .isInstanceOf(java.net.ConnectException.class);
    }
}
