package io.tickflow.producers.synthetic;

import java.time.LocalDate;

/**
 * A ticker-session generated as a volume and price burst: the candidates to become info-rich.
 *
 * @param ticker       the ticker
 * @param date         the session
 * @param trades       trades generated that session (5-10x the ticker's usual count)
 * @param openToClose  close / first price - 1 of the session, as generated (not the daily pct_chg_d)
 */
public record BurstDay(String ticker, LocalDate date, int trades, double openToClose) {
}
