package io.tickflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.DeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.polygon.PolygonParquetLayout.Kind;
import io.tickflow.producers.readers.polygon.PolygonParquetReader;
import io.tickflow.producers.synthetic.GenerationSummary;
import io.tickflow.producers.synthetic.GeneratorSettings;
import io.tickflow.producers.synthetic.SyntheticMarketGenerator;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet trade files the replay bench writes read back, column by column, as the row path and the CSVs give them. */
class ParquetTradeFilesTest {

    @TempDir
    Path dir;

    @Test
    void columnPathReadsTheBenchFilesRecordForRecordAsTheRowPath() throws IOException {
        GenerationSummary data = new SyntheticMarketGenerator(new GeneratorSettings(11, 3, 3, LocalDate.of(2024, 3, 14), 0.5))
                .writeTo(dir.resolve("raw"));
        List<Trade> fromCsv = BenchTrades.inFileOrder(data.tradeFiles(), dir);
        List<Path> files = ParquetTradeFiles.write(fromCsv, dir.resolve("parquet"));

        List<Object> rowPath = new ArrayList<>();
        List<Object> columnPath = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        DeadLetterSink rejects = new DeadLetterSink() {
            @Override
            public void accept(Rejection rejection) {
                rejections.add(rejection);
            }

            @Override
            public void close() {
            }
        };
        for (Path file : files) {
            PolygonParquetReader.rowByRow().read(file, Kind.TRADES, null, rowPath::add, rejects);
            new PolygonParquetReader().read(file, Kind.TRADES, null, columnPath::add, rejects);
        }

        assertThat(rejections).isEmpty();
        assertThat(columnPath).hasSize(fromCsv.size()).hasSameSizeAs(rowPath);
        for (int i = 0; i < rowPath.size(); i++) {
            assertThat(columnPath.get(i)).as("trade %d", i).isEqualTo(rowPath.get(i));
        }
        // the trades the CSVs gave, but for the file they came from (the Parquet files are by ticker and day)
        assertThat(sortedWithoutSource(columnPath)).isEqualTo(sortedWithoutSource(new ArrayList<>(fromCsv)));
    }

    private static List<Trade> sortedWithoutSource(List<?> trades) {
        List<Trade> sorted = new ArrayList<>();
        trades.forEach(t -> sorted.add(Trade.newBuilder((Trade) t).setSource("").build()));
        sorted.sort(null); // Avro's order: ticker, then sip_ts, then the other fields
        return sorted;
    }
}
