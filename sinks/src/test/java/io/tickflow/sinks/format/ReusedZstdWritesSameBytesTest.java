package io.tickflow.sinks.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.schemas.topics.Topic;
import io.tickflow.schemas.topics.Topics;
import io.tickflow.sinks.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.codec.ZstandardCodec;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reused zstd context ({@link ZstdPageCompressor} lent by {@link ReusedCodecFactory}) compresses pages into the
 * same frames as parquet-java's {@code ZstandardCodec}, so files are byte for byte those parquet-java writes alone.
 */
class ReusedZstdWritesSameBytesTest {

    @TempDir
    Path tmp;

    static Stream<Topic<?>> topics() {
        return Topics.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void writesSameFileAsParquetCodecFactory(Topic<?> topic) throws IOException {
        Schema schema = topic.valueSchema();
        List<GenericRecord> records = new RandomRecords(topic.name().hashCode() + 1).of(schema, 2_000);

        byte[] reused = Files.readAllBytes(write(schema, records, "reused.parquet", false));
        byte[] parquets = Files.readAllBytes(write(schema, records, "parquet.parquet", true));

        assertThat(reused).isEqualTo(parquets);
    }

    @ParameterizedTest(name = "{0} bytes")
    // empty, tiny, around zstd's 128 KiB block, and several blocks: the flush and end steps differ in each
    @ValueSource(ints = {0, 1, 100, 4_096, 131_071, 131_072, 131_073, 400_000, 1_500_000})
    void compressesPagesIntoSameFramesAsZstandardCodec(int size) throws IOException {
        CodecFactory parquet = new CodecFactory(conf(3), 1 << 20);
        try (ZstdPageCompressor reused = new ZstdPageCompressor(3)) {
            for (int kind = 0; kind < 3; kind++) { // random, few symbols, long runs
                byte[] page = page(size, kind);
                byte[] expected = parquet.getCompressor(CompressionCodecName.ZSTD).compress(BytesInput.from(page))
                        .toByteArray();

                assertThat(reused.compress(BytesInput.from(page)).toByteArray()).as("kind %d", kind)
                        .isEqualTo(expected);
            }
        } finally {
            parquet.release();
        }
    }

    @Test
    void compressesAtTheLevelAsked() throws IOException {
        byte[] page = page(200_000, 1);
        CodecFactory parquet = new CodecFactory(conf(19), 1 << 20);
        try (ZstdPageCompressor reused = new ZstdPageCompressor(19)) {
            reused.compress(BytesInput.from(page(50_000, 0))); // an earlier page at the same level
            byte[] expected = parquet.getCompressor(CompressionCodecName.ZSTD).compress(BytesInput.from(page))
                    .toByteArray();

            assertThat(reused.compress(BytesInput.from(page)).toByteArray()).isEqualTo(expected);
        } finally {
            parquet.release();
        }
    }

    @Test
    void lendsOneCompressorPerWriterAndTakesItBackOnRelease() {
        int level = 7; // a level no other test uses, so the pool's count is this test's
        ReusedCodecFactory first = new ReusedCodecFactory(conf(level), 1 << 20, level);
        ReusedCodecFactory second = new ReusedCodecFactory(conf(level), 1 << 20, level);

        var lent = first.getCompressor(CompressionCodecName.ZSTD);
        assertThat(second.getCompressor(CompressionCodecName.ZSTD)).isNotSameAs(lent);
        assertThat(first.getCompressor(CompressionCodecName.ZSTD)).isSameAs(lent);
        first.release();
        second.release();
        first.release(); // idempotent: not given back twice

        assertThat(ReusedCodecFactory.idle(level)).isEqualTo(2);
        ReusedCodecFactory third = new ReusedCodecFactory(conf(level), 1 << 20, level);
        assertThat(third.getCompressor(CompressionCodecName.ZSTD)).isSameAs(lent);
        assertThat(ReusedCodecFactory.idle(level)).isEqualTo(1);
        third.release();
    }

    @Test
    void leavesOtherCodecsToParquet() {
        ReusedCodecFactory factory = new ReusedCodecFactory(conf(3), 1 << 20, 3);

        assertThat(factory.getCompressor(CompressionCodecName.SNAPPY).getCodecName())
                .isEqualTo(CompressionCodecName.SNAPPY);
        assertThat(factory.getCompressor(CompressionCodecName.UNCOMPRESSED).getCodecName())
                .isEqualTo(CompressionCodecName.UNCOMPRESSED);
        factory.release();
    }

    private Path write(Schema schema, List<GenericRecord> records, String name, boolean parquetCodecs)
            throws IOException {
        Path target = tmp.resolve(name);
        String before = System.getProperty(ParquetRecordWriter.PARQUET_CODECS_PROPERTY);
        System.setProperty(ParquetRecordWriter.PARQUET_CODECS_PROPERTY, Boolean.toString(parquetCodecs));
        try (RecordWriter writer = new ParquetRecordWriter(new AtomicFile(target), schema, ParquetSettings.DEFAULT)) {
            for (GenericRecord record : records) {
                writer.write(record);
            }
            writer.commit();
        } finally {
            if (before == null) {
                System.clearProperty(ParquetRecordWriter.PARQUET_CODECS_PROPERTY);
            } else {
                System.setProperty(ParquetRecordWriter.PARQUET_CODECS_PROPERTY, before);
            }
        }
        return target;
    }

    private static PlainParquetConfiguration conf(int level) {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        conf.setInt(ZstandardCodec.PARQUET_COMPRESS_ZSTD_LEVEL, level);
        return conf;
    }

    private static byte[] page(int size, int kind) {
        Random random = new Random(size * 31L + kind);
        byte[] page = new byte[size];
        for (int i = 0; i < size; i++) {
            page[i] = (byte) (kind == 0 ? random.nextInt(256) : kind == 1 ? random.nextInt(8) : i / 100);
        }
        return page;
    }
}
