package io.tickflow.cli.commands;

import io.tickflow.schemas.topics.TopicProvisioner;
import io.tickflow.schemas.topics.Topics;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tickflow topics}: create every tickflow topic that is missing; report the others. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create every tickflow topic idempotently and print its layout.")
public final class TopicsCommand implements Callable<Integer> {
    @Option(names = {"-b", "--bootstrap-servers"}, defaultValue = "127.0.0.1:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--partitions", description = "Partitions for every topic (default: each topic's own).")
    Integer partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replication factor (default: ${DEFAULT-VALUE}).")
    short replicationFactor;

    @Override
    public Integer call() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var outcomes = new TopicProvisioner(admin, replicationFactor)
                    .ensure(Topics.ALL, t -> partitions != null ? partitions : t.spec().partitions());
            for (var o : outcomes) {
                System.out.printf("%-26s %-8s partitions=%d%s%n", o.topic(), o.created() ? "created" : "exists",
                        o.partitions(), o.warning() == null ? "" : "  WARNING: " + o.warning());
            }
        }
        return 0;
    }
}
