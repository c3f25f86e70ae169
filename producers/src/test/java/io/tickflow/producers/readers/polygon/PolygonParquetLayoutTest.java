package io.tickflow.producers.readers.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PolygonParquetLayoutTest {

    @Test
    void tickerFolderWithoutEscapesIsTakenAsWritten() {
        assertThat(PolygonParquetLayout.tickerOf(Path.of("raw/polygon/trades/ticker=BRK.B/date=2021-02-05/trades.parquet")))
                .contains("BRK.B");
    }

    @Test
    void tickerFolderEscapesOfThePathSafeEncodingAreDecoded() {
        // %70 = 'p' (Polygon's preferred-share marker, escaped as lower case), %2F = '/'
        assertThat(PolygonParquetLayout.tickerOf(Path.of("trades/v1/ticker=ABR%70A/date=2021-02-05/trades.parquet")))
                .contains("ABRpA");
        assertThat(PolygonParquetLayout.tickerOf(Path.of("trades/ticker=BRK%2FB/date=2021-02-05/trades.parquet")))
                .contains("BRK/B");
    }

    @Test
    void percentSignNotFollowedByTwoHexDigitsIsKept() {
        assertThat(PolygonParquetLayout.tickerOf(Path.of("trades/ticker=A%ZZ%4/date=2021-02-05/trades.parquet")))
                .contains("A%ZZ%4");
    }
}
