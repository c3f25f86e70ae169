package io.tickflow.producers.readers.finra;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of daily short sale volume files: FINRA's {@code CNMSshvol20200102.txt} (consolidated NMS) and the
 * per-facility {@code FNSQ} (Nasdaq TRF Carteret), {@code FNQC} (Nasdaq TRF Chicago), {@code FNYX} (NYSE TRF),
 * {@code FORF} (ORF, OTC), {@code FNRA} (ADF) files; Nasdaq's own daily files follow the same
 * {@code <FACILITY>shvol<YYYYMMDD>.txt} pattern.
 *
 * @param facility the prefix, e.g. {@code CNMS}
 * @param date     the trade date in the name
 */
public record FinraFileName(String facility, LocalDate date) {

    private static final Pattern NAME = Pattern.compile("([A-Za-z]+)shvol(\\d{8})\\.txt", Pattern.CASE_INSENSITIVE);

    /** Parses a file name; empty when it is not a short-volume file name. */
    public static Optional<FinraFileName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FinraFileName(m.group(1).toUpperCase(java.util.Locale.ROOT),
                    LocalDate.parse(m.group(2), DateTimeFormatter.BASIC_ISO_DATE)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The file name for {@code facility} on {@code date}. */
    public static String of(String facility, LocalDate date) {
        return facility + "shvol" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".txt";
    }
}
