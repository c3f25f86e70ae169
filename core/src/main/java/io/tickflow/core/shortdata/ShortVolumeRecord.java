package io.tickflow.core.shortdata;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of a Reg SHO daily short sale volume file.
 *
 * @param ticker            canonical ticker
 * @param tradeDate         trade date
 * @param facility          file prefix naming who reported: {@code CNMS} (FINRA consolidated, off-exchange),
 *                          a FINRA facility ({@code FNSQ}, {@code FNQC}, {@code FNYX}, {@code FNRA}, {@code FORF})
 *                          or an exchange's own file (Nasdaq's, any other prefix); upper case
 * @param shortVolume       shares sold short; includes the exempt ones (FINRA's definition)
 * @param shortExemptVolume shares sold short exempt, {@code >= 0}
 * @param totalVolume       shares reported by the facility, {@code >= 0}
 * @param publishedNanos    when the file became public, ns since the epoch
 */
public record ShortVolumeRecord(String ticker, LocalDate tradeDate, String facility, double shortVolume,
                                double shortExemptVolume, double totalVolume, long publishedNanos)
        implements PublishedRecord {
    /** FINRA's consolidated NMS file: every FINRA facility together, i.e. all off-exchange volume. */
    public static final String CONSOLIDATED = "CNMS";

    public ShortVolumeRecord {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(tradeDate, "tradeDate");
        facility = facility.toUpperCase(Locale.ROOT);
    }

    /** Where the volume was reported. */
    public enum Venue { CONSOLIDATED_OFF_EXCHANGE, FINRA_FACILITY, EXCHANGE }

    /**
     * FINRA names its facility files with an {@code F} prefix (FNSQ, FNQC, FNYX, FNRA, FORF) and the consolidated
     * one CNMS; any other prefix is an exchange's own short volume file (Nasdaq publishes its venues' files in
     * the same {@code <PREFIX>shvolYYYYMMDD.txt} layout), i.e. on-exchange volume.
     */
    public Venue venue() {
        if (facility.equals(CONSOLIDATED)) {
            return Venue.CONSOLIDATED_OFF_EXCHANGE;
        }
        return facility.startsWith("F") ? Venue.FINRA_FACILITY : Venue.EXCHANGE;
    }

    @Override
    public LocalDate referenceDate() {
        return tradeDate;
    }

    @Override
    public String subKey() {
        return facility;
    }
}
