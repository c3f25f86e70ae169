package io.tickflow.streams.shortdata;

import io.tickflow.core.shortdata.FailsRecord;
import io.tickflow.core.shortdata.PublishedRecord;
import io.tickflow.core.shortdata.ShortInterestRecord;
import io.tickflow.core.shortdata.ShortVolumeRecord;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Between the Avro records of {@code short.volume}, {@code ftd} and {@code short.interest} and the core short-data
 * records: the one mapping the topology and {@code tickflow batch short} share.
 */
public final class ShortRecords {
    /** {@code CNMSshvol20200102.txt}, {@code FNSQshvol…}, Nasdaq's {@code <VENUE>shvol…}: the prefix names the facility. */
    private static final Pattern FILE = Pattern.compile("([A-Za-z]+)shvol\\d{8}.*", Pattern.CASE_INSENSITIVE);

    private ShortRecords() {
    }

    /**
     * The facility is the prefix of the source file name; a row from a file not named like FINRA's is taken as
     * consolidated (CNMS), the file FINRA recommends and the seed downloads.
     */
    public static ShortVolumeRecord volumeOf(ShortVolume v) {
        Matcher m = FILE.matcher(v.getSourceFile());
        String facility = m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : ShortVolumeRecord.CONSOLIDATED;
        return new ShortVolumeRecord(v.getSymbol(), v.getTradeDate(), facility, v.getShortVolume(),
                v.getShortExemptVolume(), v.getTotalVolume(), v.getPublishedTs());
    }

    public static FailsRecord failsOf(FailToDeliver f) {
        return new FailsRecord(f.getSymbol(), f.getSettlementDate(), f.getCusip(), f.getQuantityFails(), f.getPrice(),
                f.getPublishedTs());
    }

    public static ShortInterestRecord interestOf(ShortInterest s) {
        return new ShortInterestRecord(s.getSymbol(), s.getSettlementDate(), s.getShortInterest(),
                s.getPreviousShortInterest(), s.getPublishedTs());
    }

    /**
     * Store key {@code TICKER \0 YYYYMMDD \0 subKey}: keys of one ticker sort by reference date, so a reverse range
     * over {@link #lowestKey} … {@link #highestKey} reads them newest first. The NUL after the ticker keeps
     * {@code ABR} from reaching into {@code ABR.PRA}.
     */
    public static String storeKey(PublishedRecord r) {
        return r.ticker() + '\u0000' + r.referenceDate().format(DateTimeFormatter.BASIC_ISO_DATE) + '\u0000' + r.subKey();
    }

    static String lowestKey(String ticker) {
        return ticker + '\u0000';
    }

    static String highestKey(String ticker) {
        return ticker + '\u0001';
    }
}
