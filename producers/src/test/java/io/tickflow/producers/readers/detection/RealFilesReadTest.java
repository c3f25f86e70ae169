package io.tickflow.producers.readers.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every real file is detected and read with exactly PROVENANCE.md's counts. */
class RealFilesReadTest {

    @Test
    void everyRealFileGivesProvenanceCounts() {
        Assumptions.assumeTrue(Files.isDirectory(RealFiles.DIR), "real data absent: " + RealFiles.DIR);
        List<String> mismatches = new ArrayList<>();
        for (RealFiles.Expected expected : RealFiles.ALL) {
            InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
            SourceReaders.FileResult result = SourceReaders.read(RealFiles.DIR.resolve(expected.path()),
                    ReadOptions.DETECT, record -> { }, rejects);
            String actual = result.formatName() + " " + result.stats();
            String wanted = expected.format() + " read=" + (expected.accepted() + expected.rejected())
                    + " accepted=" + expected.accepted() + " rejected=" + expected.rejected();
            if (!actual.equals(wanted)) {
                mismatches.add(expected.path() + ": got " + actual + ", want " + wanted + "; first rejections "
                        + rejects.rejections().stream().limit(3).map(Rejection::reason).toList());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyRealDataFileIsListed() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(RealFiles.DIR), "real data absent: " + RealFiles.DIR);
        try (Stream<Path> files = Files.walk(RealFiles.DIR)) {
            List<String> present = files.filter(Files::isRegularFile)
                    .map(p -> RealFiles.DIR.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("PROVENANCE.md")).sorted().toList();
            assertThat(present).containsExactlyInAnyOrderElementsOf(
                    RealFiles.ALL.stream().map(RealFiles.Expected::path).toList());
        }
    }
}
