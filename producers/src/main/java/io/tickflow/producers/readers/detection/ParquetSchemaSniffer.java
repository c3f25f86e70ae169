package io.tickflow.producers.readers.detection;

import io.tickflow.producers.readers.parquet.ParquetRows;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.producers.readers.polygon.PolygonParquetReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Tells a Parquet file outside the seed's layout by its magic bytes and then its columns. */
final class ParquetSchemaSniffer {

    private ParquetSchemaSniffer() {
    }

    /** True when the file starts with {@code PAR1}. */
    static boolean isParquet(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
        } catch (IOException e) {
            return false;
        }
    }

    /** Trades when it has trade columns, else minute bars when it has bar columns; empty otherwise or unreadable. */
    static Optional<Kind> kindOf(Path file) {
        try (ParquetRows rows = ParquetRows.open(file)) {
            if (PolygonParquetReader.hasColumnsOf(rows.schema(), Kind.TRADES)) {
                return Optional.of(Kind.TRADES);
            }
            return PolygonParquetReader.hasColumnsOf(rows.schema(), Kind.MINUTE) ? Optional.of(Kind.MINUTE) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
