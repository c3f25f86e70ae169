package io.tickflow.core.shortdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The short data of one ticker that was public at one instant: of each source, the records of the newest
 * reference date with at least one record public by then (records of that date not yet public are left out).
 *
 * <p>Built from iterators that run newest reference date first, so a store scanning backwards (the in-memory
 * {@link PointInTimeStore}, a RocksDB reverse range in the topology) stops after the dates it needs. Records
 * published later than the instant are skipped however they arrived: the join never sees the future, whatever
 * order the sources were loaded in.
 *
 * @param volumes          short volume rows of one trade date (any facilities); empty when none was public
 * @param fails            fails rows of one settlement date (any CUSIPs); empty when none was public
 * @param interest         newest public short interest report; {@code null} when none was public
 * @param previousInterest the public report before it; {@code null} when none
 */
public record PublicShortData(List<ShortVolumeRecord> volumes, List<FailsRecord> fails,
                              ShortInterestRecord interest, ShortInterestRecord previousInterest) {
    public static final PublicShortData NONE = new PublicShortData(List.of(), List.of(), null, null);

    public PublicShortData {
        volumes = List.copyOf(volumes);
        fails = List.copyOf(fails);
    }

    /**
     * @param volumesNewestFirst   the ticker's short volume rows, descending by trade date
     * @param failsNewestFirst     the ticker's fails rows, descending by settlement date
     * @param interestNewestFirst  the ticker's short interest reports, descending by settlement date
     * @param asOfNanos            the instant, ns since the epoch: a record is public when published before it
     */
    public static PublicShortData asOf(Iterator<ShortVolumeRecord> volumesNewestFirst,
                                       Iterator<FailsRecord> failsNewestFirst,
                                       Iterator<ShortInterestRecord> interestNewestFirst, long asOfNanos) {
        List<List<ShortInterestRecord>> reports = newestPublicDates(interestNewestFirst, asOfNanos, 2);
        return new PublicShortData(
                newestPublicDates(volumesNewestFirst, asOfNanos, 1).stream().flatMap(List::stream).toList(),
                newestPublicDates(failsNewestFirst, asOfNanos, 1).stream().flatMap(List::stream).toList(),
                reports.isEmpty() ? null : reports.get(0).get(0),
                reports.size() < 2 ? null : reports.get(1).get(0));
    }

    /** Whether nothing at all was public. */
    public boolean isEmpty() {
        return volumes.isEmpty() && fails.isEmpty() && interest == null;
    }

    /**
     * The public records of the {@code dates} newest reference dates that have any, newest date first; reads the
     * iterator only as far as needed.
     */
    static <R extends PublishedRecord> List<List<R>> newestPublicDates(Iterator<R> newestFirst, long asOfNanos,
                                                                       int dates) {
        List<List<R>> found = new ArrayList<>();
        LocalDate current = null;
        while (newestFirst.hasNext()) {
            R record = newestFirst.next();
            if (!record.publicBefore(asOfNanos)) {
                continue;
            }
            if (!record.referenceDate().equals(current)) {
                if (found.size() == dates) {
                    break;
                }
                current = record.referenceDate();
                found.add(new ArrayList<>());
            }
            found.get(found.size() - 1).add(record);
        }
        return found;
    }
}
