package io.tickflow.sinks.format;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The codec factory of one Parquet writer: ZSTD pages go through a {@link ZstdPageCompressor} borrowed from a pool
 * shared by the JVM's writers and given back when the writer releases the factory (parquet-java's
 * {@code ParquetWriter.close} does, also when closing fails); every other codec, and every decompressor, comes from
 * parquet-java's own {@link CodecFactory}, made only when asked for.
 *
 * <p>The pool keeps at most {@value #MAX_IDLE_PER_LEVEL} idle compressors per level (one per writer open at once, a
 * sink task has one); a compressor given back beyond that is closed. A writer that is never closed keeps its
 * compressor out of the pool; the pool never hands one compressor to two writers.
 */
final class ReusedCodecFactory implements CompressionCodecFactory {

    static final int MAX_IDLE_PER_LEVEL = 8;
    private static final Map<Integer, Queue<ZstdPageCompressor>> IDLE = new ConcurrentHashMap<>();
    private static final Map<Integer, AtomicInteger> IDLE_COUNTS = new ConcurrentHashMap<>();

    private final ParquetConfiguration conf;
    private final int pageSize;
    private final int zstdLevel;
    private ZstdPageCompressor zstd;
    private CodecFactory others;

    /**
     * @param conf      the writer's configuration, for codecs other than ZSTD
     * @param pageSize  the writer's page size, bytes, for codecs other than ZSTD
     * @param zstdLevel the ZSTD level, 1 to 22
     */
    ReusedCodecFactory(ParquetConfiguration conf, int pageSize, int zstdLevel) {
        this.conf = conf;
        this.pageSize = pageSize;
        this.zstdLevel = zstdLevel;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        if (codecName != CompressionCodecName.ZSTD) {
            return others().getCompressor(codecName);
        }
        if (zstd == null) {
            zstd = borrow(zstdLevel);
        }
        return zstd;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName, int level) {
        return codecName == CompressionCodecName.ZSTD && level == zstdLevel
                ? getCompressor(codecName) : others().getCompressor(codecName, level);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        return others().getDecompressor(codecName);
    }

    /** Gives the ZSTD compressor back to the pool and releases parquet-java's factory; idempotent. */
    @Override
    public void release() {
        if (zstd != null) {
            giveBack(zstd);
            zstd = null;
        }
        if (others != null) {
            others.release();
            others = null;
        }
    }

    /** Idle compressors of {@code level} in the pool now; for tests. */
    static int idle(int level) {
        AtomicInteger count = IDLE_COUNTS.get(level);
        return count == null ? 0 : count.get();
    }

    private CodecFactory others() {
        if (others == null) {
            others = new CodecFactory(conf, pageSize);
        }
        return others;
    }

    private static ZstdPageCompressor borrow(int level) {
        ZstdPageCompressor idle = IDLE.computeIfAbsent(level, l -> new ConcurrentLinkedQueue<>()).poll();
        if (idle == null) {
            return new ZstdPageCompressor(level);
        }
        IDLE_COUNTS.get(level).decrementAndGet();
        return idle;
    }

    private static void giveBack(ZstdPageCompressor compressor) {
        AtomicInteger count = IDLE_COUNTS.computeIfAbsent(compressor.level(), l -> new AtomicInteger());
        if (count.incrementAndGet() > MAX_IDLE_PER_LEVEL) {
            count.decrementAndGet();
            compressor.close();
            return;
        }
        IDLE.computeIfAbsent(compressor.level(), l -> new ConcurrentLinkedQueue<>()).add(compressor);
    }
}
