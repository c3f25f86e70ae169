package io.tickflow.sinks.partition;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders {@code ticker=<encoded ticker>/date=YYYY-MM-DD}, each built once: the sink asks for a record's folder
 * once per record, and a day of trades brings the same few thousand ticker-dates back millions of times. Building
 * one (escaping the ticker, checking every segment) cost 11% of the sink's time; a lookup costs a hash.
 *
 * <p>A memo of a pure function: every folder handed out was built by {@link PartitionPath#hiveSegment} and the
 * {@link PartitionPath} constructor, so the path-safety rules hold exactly as without it, and keys are the raw
 * ticker strings, so distinct tickers ({@code ABRpA}, {@code ABRPA}) never share an entry. Bounded: past
 * {@value #MAX_FOLDERS} entries it starts again empty (years of tickers do not pile up). Thread safe; shared by every
 * task of the JVM, as the partitioners of {@link DatasetLayout} are.
 */
final class TickerDateFolders {

    /** Entries kept before the memo is emptied: a few days of the whole US market, about 20 MB. */
    static final int MAX_FOLDERS = 65_536;

    private static final Map<Key, PartitionPath> FOLDERS = new ConcurrentHashMap<>();

    private TickerDateFolders() {
    }

    private record Key(String ticker, LocalDate date) {
    }

    /**
     * @param ticker the ticker as in the record, not null
     * @param date   the record's date, not null
     * @return {@code ticker=<encoded>/date=<date>}
     */
    static PartitionPath of(String ticker, LocalDate date) {
        Key key = new Key(ticker, date);
        PartitionPath folder = FOLDERS.get(key);
        if (folder == null) {
            folder = build(ticker, date);
            if (FOLDERS.size() >= MAX_FOLDERS) {
                FOLDERS.clear();
            }
            FOLDERS.put(key, folder);
        }
        return folder;
    }

    /** The folder built without the memo. */
    static PartitionPath build(String ticker, LocalDate date) {
        return PartitionPath.of(PartitionPath.hiveSegment("ticker", ticker),
                PartitionPath.hiveSegment("date", date.toString()));
    }
}
