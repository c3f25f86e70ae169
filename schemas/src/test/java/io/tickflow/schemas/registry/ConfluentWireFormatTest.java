package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ConfluentWireFormatTest {

    @Test
    void framesMagicZeroThenBigEndianIdThenBody() {
        // 258 = 0x00000102
        assertThat(ConfluentWireFormat.frame(258, new byte[] {42, 43}))
                .containsExactly(0, 0, 0, 1, 2, 42, 43);
    }

    @Test
    void readsTheBigEndianIdBack() {
        assertThat(ConfluentWireFormat.schemaId(new byte[] {0, 0x01, 0x02, 0x03, 0x04, 9})).isEqualTo(0x01020304);
    }

    @Test
    void readsAHeaderWithAnEmptyBody() {
        assertThat(ConfluentWireFormat.schemaId(new byte[] {0, 0, 0, 0, 7})).isEqualTo(7);
    }

    @Test
    void rejectsAnUnknownMagicByteNamingIt() {
        assertThatThrownBy(() -> ConfluentWireFormat.schemaId(new byte[] {1, 0, 0, 0, 7, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown magic byte 0x01");
    }

    @Test
    void rejectsAPayloadShorterThanTheHeader() {
        assertThatThrownBy(() -> ConfluentWireFormat.schemaId(new byte[] {0, 0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("3 bytes");
    }
}
