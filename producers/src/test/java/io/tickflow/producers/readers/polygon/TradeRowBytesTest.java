package io.tickflow.producers.readers.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.producers.deadletter.InMemoryDeadLetterSink;
import io.tickflow.producers.readers.CsvFields;
import io.tickflow.producers.readers.CsvFileReader;
import io.tickflow.producers.readers.CsvHeader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.producers.readers.InvalidRowException;
import io.tickflow.producers.readers.ReadStats;
import io.tickflow.schemas.market.Trade;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level fast path gives exactly the trade of the String path, or leaves the row to it. */
class TradeRowBytesTest {

    private static final String SOURCE = "/data/2024-04-05.csv.gz";
    private static final CsvHeader HEADER = header(PolygonTradesCsvReaderTest.HEADER);
    /** Bytes a mutation inserts: separators, quotes, signs, exponents, spaces, controls, non-ASCII. */
    private static final String MUTATIONS = ",\"-+.eE0x \t\u00e9\u0000";

    @TempDir
    Path dir;

    @Test
    void agreesWithTheStringPathOnRandomAndMutatedRows() {
        SplittableRandom random = new SplittableRandom(3_807);
        TradeRowBytes fast = new TradeRowBytes(HEADER, SOURCE);
        int fastRows = 0;
        for (int i = 0; i < 300_000; i++) {
            String row = randomRow(random);
            if (random.nextInt(3) == 0) {
                row = mutated(row, random);
            }
            fastRows += agree(fast, row) ? 1 : 0;
        }
        assertThat(fastRows).as("rows the fast path read").isGreaterThan(50_000);
    }

    @Test
    void agreesOnEveryDecimalOfTheRealDataFilesAsPriceAndSize() throws IOException {
        Path real = Path.of(System.getProperty("tickflow.realData", "../../shared/data/real"));
        Assumptions.assumeTrue(Files.isDirectory(real), "real data absent: " + real);
        List<String> decimals = realDecimals(real);
        assertThat(decimals).hasSizeGreaterThan(10_000);
        TradeRowBytes fast = new TradeRowBytes(HEADER, SOURCE);
        int fastRows = 0;
        for (int i = 0; i < decimals.size(); i++) {
            String size = decimals.get((int) ((i * 7919L) % decimals.size()));
            fastRows += agree(fast, "A,\"12,37\",0,11,52983525035312,1712306654208705342," + decimals.get(i)
                    + ",3807,1712306654208740096," + size + ",1,0,0") ? 1 : 0;
        }
        assertThat(fastRows).as("real decimals the fast path read").isGreaterThan(decimals.size() / 2);
    }

    @Test
    void readsAFileAsTheStringPathDoesWithTheSameRejections() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder content = new StringBuilder(PolygonTradesCsvReaderTest.HEADER).append('\n');
        for (int i = 0; i < 20_000; i++) {
            String row = randomRow(random);
            content.append(random.nextInt(4) == 0 ? mutated(row, random) : row)
                    .append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        Path file = dir.resolve("2024-04-05.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.toString().getBytes(StandardCharsets.UTF_8));
        }
        InMemoryDeadLetterSink fastRejects = new InMemoryDeadLetterSink();
        InMemoryDeadLetterSink slowRejects = new InMemoryDeadLetterSink();
        List<Trade> fastTrades = new ArrayList<>();
        List<Trade> slowTrades = new ArrayList<>();

        ReadStats fast = new PolygonTradesCsvReader().read(file, fastTrades::add, fastRejects);
        ReadStats slow = new CsvFileReader<>(PolygonTradesCsvReader.FORMAT,
                List.of("ticker", "sip_timestamp", "price", "size"),
                row -> PolygonTradesCsvReader.parse(row, file.toString())).read(file, slowTrades::add, slowRejects);

        assertThat(fast).isEqualTo(slow);
        assertThat(fast.rejected()).isPositive();
        assertThat(fastTrades).isEqualTo(slowTrades);
        assertThat(fastRejects.rejections()).isEqualTo(slowRejects.rejections());
    }

    /** True when the fast path read {@code row}; fails when it read it otherwise than the String path. */
    private static boolean agree(TradeRowBytes fast, String row) {
        byte[] bytes = ("#" + row + "#").getBytes(StandardCharsets.UTF_8);
        Trade quick = fast.parseOrNull(bytes, 1, bytes.length - 1);
        if (quick == null) {
            return false;
        }
        Trade slow;
        try {
            slow = PolygonTradesCsvReader.parse(new CsvRow(HEADER, CsvFields.split(row)), SOURCE);
        } catch (InvalidRowException e) {
            throw new AssertionError("fast path accepted a row the String path rejects (" + e.getMessage() + "): " + row);
        }
        assertThat(quick).as(row).isEqualTo(slow);
        assertThat(Double.doubleToRawLongBits(quick.getPrice())).as(row)
                .isEqualTo(Double.doubleToRawLongBits(slow.getPrice()));
        assertThat(Double.doubleToRawLongBits(quick.getSize())).as(row)
                .isEqualTo(Double.doubleToRawLongBits(slow.getSize()));
        return true;
    }

    /** A row of the header's 13 columns, fields drawn from good, edge and empty values. */
    private static String randomRow(SplittableRandom random) {
        long sip = 1_712_306_654_208_740_096L + random.nextLong(1_000_000_000_000L);
        return String.join(",", pick(random, "A", "BRK.A", "ABR.PRA", "", " A", "ZVZZT"),
                pick(random, "", "12", "\"12,37\"", "\"14,41,37\"", "\"\"", "\"12,\"", "\"12, 37\"", "2147483647",
                        "2147483648"),
                pick(random, "0", "", "1", "12", "-0"),
                pick(random, "4", "11", "", "0", "2147483647", "2147483648", "-1"),
                pick(random, "1", "52983525035312", "", "\"quoted id\"", "id with space"),
                pick(random, Long.toString(sip - 35_000), "", "0", "00", "1712306654208", "9999999999999999999"),
                decimal(random),
                pick(random, "3807", "", "0", "9223372036854775807", "9223372036854775808"),
                pick(random, Long.toString(sip), Long.toString(sip), "", "0", "1712306654208"),
                random.nextBoolean() ? Integer.toString(1 + random.nextInt(10_000)) : decimal(random),
                pick(random, "1", "2", "3", "", "0", "4"),
                pick(random, "0", "202", "", "4"),
                pick(random, "0", Long.toString(sip - 5_000), "", "0"));
    }

    private static String decimal(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0, 5 -> Double.toString(Math.pow(10, random.nextDouble(-3, 5)));
            case 1 -> String.format("%.4f", random.nextDouble(0, 2_000));
            case 2 -> Integer.toString(random.nextInt(100_000)) + "." + random.nextInt(100);
            case 3 -> pick(random, "1.25", "0", "0.0", ".5", "7.", "-1.5", "1e3", "NaN", "", "9007199254740993",
                    "0.00000000000000000000001", "142.99", "0.1");
            default -> Long.toString(random.nextLong(1L << 54)).replaceFirst("(\\d)(\\d*)$", "$1.$2");
        };
    }

    private static String mutated(String row, SplittableRandom random) {
        int at = random.nextInt(row.length() + 1);
        return switch (random.nextInt(3)) {
            case 0 -> row.substring(0, at) + MUTATIONS.charAt(random.nextInt(MUTATIONS.length())) + row.substring(at);
            case 1 -> at < row.length() ? row.substring(0, at) + row.substring(at + 1) : row + ",";
            default -> row.substring(0, at);
        };
    }

    /** The first value four times in five (rows are mostly good, as in real files), else any. */
    private static String pick(SplittableRandom random, String... values) {
        return random.nextInt(5) > 0 ? values[0] : values[random.nextInt(values.length)];
    }

    private static List<String> realDecimals(Path real) throws IOException {
        Pattern decimal = Pattern.compile("\\d+\\.\\d+|\\d+");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(csv|txt|json)")).sorted().toList()) {
                Matcher m = decimal.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    out.add(m.group());
                }
            }
        }
        return out;
    }

    private static CsvHeader header(String line) {
        try {
            return CsvHeader.parse(line);
        } catch (InvalidRowException e) {
            throw new IllegalStateException(e);
        }
    }
}
