package io.tickflow.producers.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReplayProducerFactoryTest {

    @Test
    void configuresIdempotentProducerWithAllAcks() {
        Properties settings = ReplayProducerFactory.settings("127.0.0.1:9092");

        assertThat(settings).containsEntry("bootstrap.servers", "127.0.0.1:9092")
                .containsEntry("enable.idempotence", true)
                .containsEntry("acks", "all");
    }
}
