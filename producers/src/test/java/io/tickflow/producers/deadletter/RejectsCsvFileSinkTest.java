package io.tickflow.producers.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsCsvFileSinkTest {

    @TempDir
    Path dir;

    @Test
    void writesOneQuotedRowPerRejectionUnderAHeader() throws Exception {
        try (RejectsCsvFileSink sink = RejectsCsvFileSink.inDirectory(dir)) {
            sink.accept(new Rejection("in/2024-01-02.csv", 3, "AAA,\"12,37\",x", "price is not a decimal number: 'x'",
                    "polygon-trades-csv", 1_704_205_800_000_000_000L));
            sink.accept(Rejection.ofWholeSource("in/empty.csv", "", "file is empty: no header and no data", null));
            assertThat(sink.written()).isEqualTo(2);
        }

        assertThat(Files.readString(dir.resolve("rejects.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "source,position,format,reason,raw\n"
                        + "in/2024-01-02.csv,line 3,polygon-trades-csv,price is not a decimal number: 'x',"
                        + "\"AAA,\"\"12,37\"\",x\"\n"
                        + "in/empty.csv,whole file,,file is empty: no header and no data,\n");
    }

    @Test
    void truncatesRawTextToTheDeadLetterLimit() {
        Rejection rejection = new Rejection("f", 1, "x".repeat(5000), "too long", null, null);

        assertThat(rejection.raw()).hasSize(Rejection.MAX_RAW_CHARS);
    }
}
