package io.tickflow.producers.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Bar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinuteBarReplayerTest {
    private static final String HEADER = "ticker,volume,open,close,high,low,window_start,transactions";
    /** 2024-01-02 14:30:00 UTC (09:30 New York) in ns. */
    private static final long OPEN = 1_704_205_800_000_000_000L;
    private static final long MINUTE = 60_000_000_000L;

    @TempDir
    Path dir;

    private final MockProducer<String, Bar> producer =
            new MockProducer<>(true, null, new StringSerializer(), (topic, bar) -> new byte[0]);
    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
    private final List<ReplayProgress> progress = new ArrayList<>();

    @Test
    void sendsEachDayInWindowStartOrderAcrossTickers() throws Exception {
        // The file is sorted by ticker, as Polygon's are: AAAA at 09:30 and 09:32, BBBB at 09:30 and 09:31.
        Path file = dayFile("2024-01-02.csv", row("AAAA", OPEN), row("AAAA", OPEN + 2 * MINUTE),
                row("BBBB", OPEN), row("BBBB", OPEN + MINUTE));

        ReplayResult result = replayer().replay(List.of(file), progress::add);

        List<ProducerRecord<String, Bar>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("AAAA", "BBBB", "BBBB", "AAAA");
        // window_start / 1e6 ms: 14:30:00, 14:30:00, 14:31:00, 14:32:00 UTC
        assertThat(sent).extracting(ProducerRecord::timestamp)
                .containsExactly(1_704_205_800_000L, 1_704_205_800_000L, 1_704_205_860_000L, 1_704_205_920_000L);
        assertThat(sent).allSatisfy(r -> assertThat(r.topic()).isEqualTo("bars.1m"));
        assertThat(result.total()).isEqualTo(new ReadStats(4, 4, 0));
        assertThat(result.sent()).isEqualTo(4);
        assertThat(producer.flushed()).isTrue();
        assertThat(progress).last().satisfies(p -> assertThat(p.finished()).isTrue());
    }

    @Test
    void replaysDaysInDateOrderWhateverTheListOrder() throws Exception {
        Path later = dayFile("2024-01-03.csv", row("AAAA", OPEN + 86_400_000_000_000L));
        Path earlier = dayFile("2024-01-02.csv", row("ZZZZ", OPEN));

        ReplayResult result = replayer().replay(List.of(later, earlier), progress::add);

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("ZZZZ", "AAAA");
        assertThat(result.perFile().keySet()).containsExactly(earlier, later);
    }

    @Test
    void sendsRejectedLinesToDeadLetterWithTheirReason() throws Exception {
        Path file = dayFile("2024-01-02.csv", row("AAAA", OPEN), "BBBB,100,1.0,-1.0,1.0,1.0," + OPEN + ",1");

        ReplayResult result = replayer().replay(List.of(file), progress::add);

        assertThat(result.total()).isEqualTo(new ReadStats(2, 1, 1));
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("AAAA");
        assertThat(rejects.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).isNotBlank());
    }

    private MinuteBarReplayer replayer() {
        return new MinuteBarReplayer(producer, rejects, ReplaySettings.asFastAsPossible("bars.1m"),
                new FakeReplayClock());
    }

    private static String row(String ticker, long windowStart) {
        return ticker + ",100,1.0,1.0,1.0,1.0," + windowStart + ",3";
    }

    private Path dayFile(String name, String... rows) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n");
    }
}
