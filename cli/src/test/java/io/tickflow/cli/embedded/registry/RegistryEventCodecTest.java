package io.tickflow.cli.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegistryEventCodecTest {

    @Test
    void roundTripsARegistrationInConfluentsShape() {
        RegistryEvent event = new RegistryEvent.SchemaRegistered("trades-value", 2, 5, "\"string\"");
        byte[] key = RegistryEventCodec.key(event);
        assertThat(new String(key, StandardCharsets.UTF_8))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"trades-value\",\"version\":2,\"magic\":1}");
        assertThat(RegistryEventCodec.decode(key, RegistryEventCodec.value(event))).contains(event);
    }

    @Test
    void roundTripsAGlobalAndASubjectCompatibilityLevel() {
        RegistryEvent global = new RegistryEvent.CompatibilitySet(null, CompatibilityLevel.NONE);
        RegistryEvent subject = new RegistryEvent.CompatibilitySet("bars.1m-value", CompatibilityLevel.BACKWARD);
        assertThat(RegistryEventCodec.decode(RegistryEventCodec.key(global), RegistryEventCodec.value(global)))
                .contains(global);
        assertThat(RegistryEventCodec.decode(RegistryEventCodec.key(subject), RegistryEventCodec.value(subject)))
                .contains(subject);
    }

    @Test
    void skipsTombstonesAndKeyTypesItDoesNotKnow() {
        byte[] noop = "{\"keytype\":\"NOOP\",\"magic\":0}".getBytes(StandardCharsets.UTF_8);
        assertThat(RegistryEventCodec.decode(noop, "{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(RegistryEventCodec.decode(noop, null)).isEmpty();
    }
}
