package io.tickflow.producers.readers.polygon;

import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.CONDITIONS;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.CORRECTION;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.EXCHANGE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.ID;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.PARTICIPANT_TIMESTAMP;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.PRICE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.SEQUENCE_NUMBER;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.SIP_TIMESTAMP;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.SIZE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TAPE;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TICKER;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TRF_ID;
import static io.tickflow.producers.readers.polygon.PolygonFlatFileColumns.TRF_TIMESTAMP;

import io.tickflow.producers.readers.AsciiNumbers;
import io.tickflow.producers.readers.ByteRowParser;
import io.tickflow.producers.readers.CsvHeader;
import io.tickflow.producers.readers.CsvRow;
import io.tickflow.schemas.market.Trade;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link PolygonTradesCsvReader}: a well-formed Polygon trades row straight from its bytes to a
 * {@link Trade}, bit for bit the trade {@link PolygonTradesCsvReader#parse} makes of it. Any row it is not sure of
 * goes to that String path, which accepts it or rejects it with its reason (see {@link ByteRowParser}); so every
 * strictness rule stays the String path's, and this class only has to recognise the plain spellings: printable ASCII,
 * fields quoted without inner quotes, unsigned digits, decimals without sign or exponent ({@link AsciiNumbers}).
 *
 * <p>One per file (it holds the file's column positions and reuses its field bounds); not thread-safe. A day file
 * is sorted by ticker, so consecutive rows share the ticker String, which also makes the SIP-order merge's ticker
 * comparisons identity checks.
 */
final class TradeRowBytes implements ByteRowParser<Trade> {

    /** Optional field empty, or its column absent: null in the trade. */
    private static final long ABSENT = -2;
    private static final long NOT_READ = AsciiNumbers.NOT_READ;
    private static final int MAX_TAPE = 3;

    private final int fields;
    private final int ticker;
    private final int sipTs;
    private final int participantTs;
    private final int trfTs;
    private final int price;
    private final int size;
    private final int exchange;
    private final int conditions;
    private final int correction;
    private final int sequence;
    private final int tape;
    private final int id;
    private final int trfId;
    private final String source;
    private final int[] starts;
    private final int[] ends;
    private byte[] lastTickerBytes = new byte[0];
    private String lastTicker;

    /** For a file with {@code header} (its required columns present) whose trades carry {@code source}. */
    TradeRowBytes(CsvHeader header, String source) {
        this.fields = header.size();
        this.ticker = header.indexOf(TICKER);
        this.sipTs = header.indexOf(SIP_TIMESTAMP);
        this.participantTs = header.indexOf(PARTICIPANT_TIMESTAMP);
        this.trfTs = header.indexOf(TRF_TIMESTAMP);
        this.price = header.indexOf(PRICE);
        this.size = header.indexOf(SIZE);
        this.exchange = header.indexOf(EXCHANGE);
        this.conditions = header.indexOf(CONDITIONS);
        this.correction = header.indexOf(CORRECTION);
        this.sequence = header.indexOf(SEQUENCE_NUMBER);
        this.tape = header.indexOf(TAPE);
        this.id = header.indexOf(ID);
        this.trfId = header.indexOf(TRF_ID);
        this.source = source;
        this.starts = new int[fields];
        this.ends = new int[fields];
    }

    @Override
    public Trade parseOrNull(byte[] line, int start, int end) {
        if (!split(line, start, end) || starts[ticker] == ends[ticker]) {
            return null;
        }
        long sip = epochNanos(line, sipTs);
        long participant = epochNanos(line, participantTs);
        long trf = epochNanos(line, trfTs);
        double tradePrice = AsciiNumbers.positiveDecimal(line, starts[price], ends[price]);
        double tradeSize = AsciiNumbers.positiveDecimal(line, starts[size], ends[size]);
        long exchangeId = intInRange(line, exchange, 0, Integer.MAX_VALUE);
        long correctionCode = intInRange(line, correction, 0, Integer.MAX_VALUE);
        long sequenceNumber = optionalLong(line, sequence);
        long tapeId = intInRange(line, tape, 1, MAX_TAPE);
        long trfIdValue = intInRange(line, trfId, 0, Integer.MAX_VALUE);
        List<Integer> codes = codes(line);
        if (sip < 0 || participant == NOT_READ || trf == NOT_READ || Double.isNaN(tradePrice) || Double.isNaN(tradeSize)
                || exchangeId == NOT_READ || correctionCode == NOT_READ || sequenceNumber == NOT_READ
                || tapeId == NOT_READ || trfIdValue == NOT_READ || codes == null) {
            return null;
        }
        return new Trade(ticker(line), sip, boxed(participant), boxed(trf), tradePrice, tradeSize,
                boxedInt(exchangeId), codes, boxedInt(correctionCode), boxed(sequenceNumber), boxedInt(tapeId),
                text(line, id), trfIdValue == 0 ? null : boxedInt(trfIdValue), source);
    }

    /**
     * Sets the bounds of every field (a quoted one without its quotes); false, for the String path, when the row has
     * another number of fields than the header, a byte below space or above ASCII, a quote inside a field or an
     * escaped quote, or an unclosed one.
     */
    private boolean split(byte[] line, int start, int end) {
        int position = start;
        for (int field = 0; field < fields; field++) {
            int stop;
            if (position < end && line[position] == '"') {
                stop = quoteEnd(line, position + 1, end);
                if (stop < 0 || (stop + 1 < end && line[stop + 1] != ',')) {
                    return false;
                }
                starts[field] = position + 1;
                ends[field] = stop;
                stop++;
            } else {
                stop = fieldEnd(line, position, end);
                if (stop < 0) {
                    return false;
                }
                starts[field] = position;
                ends[field] = stop;
            }
            if (stop == end) {
                return field == fields - 1;
            }
            position = stop + 1;
        }
        return false; // more fields than the header
    }

    /** Index of the closing quote of a field whose text starts at {@code from}, or -1 when unusual. */
    private static int quoteEnd(byte[] line, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = line[i];
            if (b == '"') {
                return i;
            }
            if (b < ' ') {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the comma (or line end) ending an unquoted field, or -1 when the field holds an unusual byte. */
    private static int fieldEnd(byte[] line, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = line[i];
            if (b == ',') {
                return i;
            }
            if (b < ' ' || b == '"') {
                return -1;
            }
        }
        return end;
    }

    /** A timestamp column: ABSENT for empty, absent or {@code 0} (Polygon's "none"), NOT_READ when unusual. */
    private long epochNanos(byte[] line, int column) {
        long value = optionalLong(line, column);
        if (value == ABSENT || (value == 0 && ends[column] - starts[column] == 1)) {
            return ABSENT;
        }
        return value >= 0 && CsvRow.isEpochNanos(value) ? value : NOT_READ;
    }

    private long intInRange(byte[] line, int column, int min, int max) {
        long value = optionalLong(line, column);
        return value == ABSENT || (value >= min && value <= max) ? value : NOT_READ;
    }

    private long optionalLong(byte[] line, int column) {
        if (column < 0 || starts[column] == ends[column]) {
            return ABSENT;
        }
        return AsciiNumbers.unsignedLong(line, starts[column], ends[column]);
    }

    /** The condition codes, comma separated; empty when none; null when unusual (a space, an empty code). */
    private List<Integer> codes(byte[] line) {
        if (conditions < 0 || starts[conditions] == ends[conditions]) {
            return new ArrayList<>();
        }
        List<Integer> codes = new ArrayList<>(4);
        int from = starts[conditions];
        int end = ends[conditions];
        for (int i = from; i <= end; i++) {
            if (i == end || line[i] == ',') {
                long code = AsciiNumbers.unsignedLong(line, from, i);
                if (code == NOT_READ || code > Integer.MAX_VALUE) {
                    return null;
                }
                codes.add((int) code);
                from = i + 1;
            }
        }
        return codes;
    }

    /** The ticker, the previous row's String when the bytes are the same. */
    private String ticker(byte[] line) {
        int from = starts[ticker];
        int to = ends[ticker];
        if (!Arrays.equals(line, from, to, lastTickerBytes, 0, lastTickerBytes.length)) {
            lastTickerBytes = Arrays.copyOfRange(line, from, to);
            lastTicker = new String(lastTickerBytes, StandardCharsets.ISO_8859_1);
        }
        return lastTicker;
    }

    private String text(byte[] line, int column) {
        if (column < 0 || starts[column] == ends[column]) {
            return null;
        }
        return new String(line, starts[column], ends[column] - starts[column], StandardCharsets.ISO_8859_1);
    }

    private static Long boxed(long value) {
        return value == ABSENT ? null : value;
    }

    private static Integer boxedInt(long value) {
        return value == ABSENT ? null : (int) value;
    }
}
