package io.tickflow.producers.readers.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.deadletter.Rejection;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.producers.readers.detection.FormatDetector;
import io.tickflow.producers.readers.detection.InputFormat;
import io.tickflow.producers.readers.detection.ReadOptions;
import io.tickflow.producers.readers.detection.SourceReaders;
import io.tickflow.producers.replay.ReplayRoute;
import io.tickflow.schemas.reference.Dividend;
import io.tickflow.schemas.reference.MarketCap;
import io.tickflow.schemas.reference.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splits and dividends from Polygon REST pages, market caps from CSV, through detection as validate and replay use it. */
class ReferenceReadersTest {

    /** A /v3/reference/splits page as Polygon documents it: results, status, request_id, next_url. */
    private static final String SPLITS_PAGE = """
            {"results":[
              {"execution_date":"2021-06-14","id":"E1","split_from":10,"split_to":1,"ticker":"AAME"},
              {"execution_date":"2020-08-31","id":"E2","split_from":1,"split_to":4,"ticker":"AAPL"},
              {"execution_date":"2020-08-31","id":"E3","split_from":0,"split_to":4,"ticker":"BAD"},
              {"id":"E4","split_from":1,"split_to":2,"ticker":"NODATE"}],
             "status":"OK","request_id":"6a7e4f1a","next_url":"https://api.polygon.io/v3/reference/splits?cursor=YWN0aXZl"}
            """;

    /** A /v3/reference/dividends page with the fields of Polygon's client fixtures. */
    private static final String DIVIDENDS_PAGE = """
            {"results":[
              {"cash_amount":0.59375,"declaration_date":"2020-09-09","dividend_type":"CD","ex_dividend_date":"2025-06-12",
               "frequency":4,"pay_date":"2025-06-30","record_date":"2025-06-15","ticker":"CSSEN","currency":"USD"},
              {"cash_amount":0.5,"dividend_type":"SC","ex_dividend_date":"2023-11-13","frequency":0,"ticker":"AIRTP"},
              {"cash_amount":0.5,"ex_dividend_date":"13/11/2023","ticker":"AIRTP"}],
             "status":"OK","request_id":"0326f1f8"}
            """;

    @TempDir
    Path dir;

    private final InMemoryDeadLetterSink rejects = new InMemoryDeadLetterSink();
    private final List<Object> records = new ArrayList<>();

    @Test
    void readsASplitsPageAndRejectsBadResultsWithTheirIndex() throws IOException {
        SourceReaders.FileResult result = read("splits_page1.json", SPLITS_PAGE);

        assertThat(result.format()).contains(InputFormat.POLYGON_REST_JSON);
        assertThat(result.stats()).isEqualTo(new ReadStats(4, 2, 2));
        assertThat(records).containsExactly(
                new Split("AAME", LocalDate.of(2021, 6, 14), 10.0, 1.0),
                new Split("AAPL", LocalDate.of(2020, 8, 31), 1.0, 4.0));
        assertThat(rejects.rejections()).extracting(Rejection::lineNumber, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "split_from must be > 0, was 0"),
                org.assertj.core.groups.Tuple.tuple(4L, "missing required field execution_date"));
    }

    @Test
    void readsADividendsPageWithOptionalPayDateAndCurrency() throws IOException {
        SourceReaders.FileResult result = read("dividends.json", DIVIDENDS_PAGE);

        assertThat(result.stats()).isEqualTo(new ReadStats(3, 2, 1));
        assertThat(records).containsExactly(
                new Dividend("CSSEN", LocalDate.of(2025, 6, 12), 0.59375, "USD", LocalDate.of(2025, 6, 30)),
                new Dividend("AIRTP", LocalDate.of(2023, 11, 13), 0.5, null, null));
        assertThat(rejects.rejections().get(0).reason())
                .isEqualTo("ex_dividend_date is not a YYYY-MM-DD date: 13/11/2023");
    }

    @Test
    void readsMarketCapsUnderAliasNamesAndRejectsBadRows() throws IOException {
        SourceReaders.FileResult result = read("caps.csv", """
                Symbol,As_Of,MarketCap
                AAME,2021-02-05,6.3e7
                BRK.B,20210205,612000000000
                AAME,2021-02-30,1000
                AAME,2021-02-08,-5
                """);

        assertThat(result.format()).contains(InputFormat.MARKET_CAP_CSV);
        assertThat(result.stats()).isEqualTo(new ReadStats(4, 2, 2));
        assertThat(records).containsExactly(
                new MarketCap("AAME", LocalDate.of(2021, 2, 5), 63_000_000.0),
                new MarketCap("BRK.B", LocalDate.of(2021, 2, 5), 612_000_000_000.0));
        assertThat(rejects.rejections()).extracting(Rejection::reason).containsExactly(
                "As_Of is not a YYYY-MM-DD or YYYYMMDD date: 2021-02-30",
                "MarketCap must be > 0, was -5");
    }

    @Test
    void rejectsAMarketCapFileWithoutACapColumnWhenNamedExplicitly() throws IOException {
        Path file = Files.writeString(dir.resolve("caps.csv"), "ticker,date,price\nAAME,2021-02-05,2.5\n");

        SourceReaders.FileResult result = SourceReaders.read(file, new ReadOptions(InputFormat.MARKET_CAP_CSV, null, null),
                records::add, rejects);

        assertThat(result.stats()).isEqualTo(new ReadStats(1, 0, 1));
        assertThat(rejects.rejections().get(0).reason()).startsWith("header lacks required columns [market_cap]");
    }

    @Test
    void routesReferenceRecordsToTheirCompactedTopicsKeyedByTickerAndDate() {
        // 2020-08-31 00:00 New York (EDT, UTC-4) = 04:00 UTC = 1598846400 s
        ReplayRoute split = ReplayRoute.of(new Split("AAPL", LocalDate.of(2020, 8, 31), 1.0, 4.0)).orElseThrow();
        ReplayRoute dividend = ReplayRoute.of(new Dividend("AIRTP", LocalDate.of(2023, 11, 13), 0.5, null, null)).orElseThrow();
        ReplayRoute cap = ReplayRoute.of(new MarketCap("AAME", LocalDate.of(2021, 2, 5), 6.3e7)).orElseThrow();

        assertThat(split.topic()).isEqualTo("reference.splits");
        assertThat(split.key()).isEqualTo("AAPL|2020-08-31");
        assertThat(split.eventNanos()).isEqualTo(1_598_846_400_000_000_000L);
        assertThat(dividend.topic()).isEqualTo("reference.dividends");
        assertThat(dividend.key()).isEqualTo("AIRTP|2023-11-13");
        assertThat(cap.topic()).isEqualTo("reference.market-cap");
        assertThat(cap.key()).isEqualTo("AAME|2021-02-05");
    }

    private SourceReaders.FileResult read(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        assertThat(FormatDetector.detect(file)).isPresent();
        return SourceReaders.read(file, ReadOptions.DETECT, records::add, rejects);
    }
}
