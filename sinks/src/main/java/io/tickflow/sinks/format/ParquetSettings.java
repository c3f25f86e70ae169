package io.tickflow.sinks.format;

import java.util.Objects;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How Parquet files are written.
 *
 * @param codec         compression codec; ZSTD by default
 * @param zstdLevel     ZSTD level, 1 to 22 (used only with ZSTD); 3 by default, zstd's own default, which
 *                      balances speed and size
 * @param rowGroupBytes row group size in bytes, at least 1 MiB; 128 MiB by default (parquet-java's default)
 */
public record ParquetSettings(CompressionCodecName codec, int zstdLevel, long rowGroupBytes) {

    /** ZSTD level 3, 128 MiB row groups. */
    public static final ParquetSettings DEFAULT = new ParquetSettings(CompressionCodecName.ZSTD, 3, 128L << 20);

    public ParquetSettings {
        Objects.requireNonNull(codec, "codec");
        if (zstdLevel < 1 || zstdLevel > 22) {
            throw new IllegalArgumentException("zstdLevel must be 1..22, was " + zstdLevel);
        }
        if (rowGroupBytes < (1L << 20)) {
            throw new IllegalArgumentException("rowGroupBytes must be at least 1 MiB, was " + rowGroupBytes);
        }
    }

    /** These settings with another ZSTD level. */
    public ParquetSettings withZstdLevel(int level) {
        return new ParquetSettings(codec, level, rowGroupBytes);
    }
}
