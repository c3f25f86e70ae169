package io.tickflow.cli.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The broker scenarios against the {@code apache/kafka} image through Testcontainers. Skipped, with JUnit's
 * "disabled" message, when no Docker engine answers (as on the project's build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerKafkaIT extends BrokerScenarios {
    private static final String IMAGE = "apache/kafka:4.1.1";
    private static KafkaContainer kafka;

    @BeforeAll
    static void startKafka() {
        kafka = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_LOG_RETENTION_MS", "-1");
        kafka.start();
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Override
    String bootstrapServers() {
        return kafka.getBootstrapServers();
    }
}
