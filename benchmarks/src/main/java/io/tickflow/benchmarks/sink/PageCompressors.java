package io.tickflow.benchmarks.sink;

import com.github.luben.zstd.ZstdCompressCtx;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Page compressors for the floor writer: none, or ZSTD through one reused zstd-jni context (as the sink's
 * {@code format.ZstdPageCompressor} does since session 6; a one-shot call, so frames differ from the sink's
 * streamed ones by a few header bytes, not in work).
 */
final class PageCompressors {

    private PageCompressors() {
    }

    /** @param zstdLevel 1 to 22, or 0 for no compression */
    static BytesInputCompressor of(int zstdLevel) {
        return zstdLevel == 0 ? new Uncompressed() : new ReusedZstd(zstdLevel);
    }

    private static final class Uncompressed implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public void release() {
        }
    }

    private static final class ReusedZstd implements BytesInputCompressor {
        private final ZstdCompressCtx context = new ZstdCompressCtx();

        ReusedZstd(int level) {
            context.setLevel(level);
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws java.io.IOException {
            return BytesInput.from(context.compress(bytes.toByteArray()));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.ZSTD;
        }

        @Override
        public void release() {
        }
    }
}
