package io.tickflow.producers.replay;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.schemas.market.Bar;
import io.tickflow.schemas.market.Trade;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Moves a record in time by a fixed number of nanoseconds, every time field alike, for replaying a past day "as
 * live". Trades: {@code sip_ts}, {@code participant_ts}, {@code trf_ts}; minute bars: {@code window_start}; short
 * data: {@code published_ts}. Date fields follow the shifted time: a short-data record's trade or settlement date
 * moves by as many New York calendar days as its publication time did, so that it stays the same number of days
 * before publication. Records of other kinds are returned unchanged. Pure; records are copied, never mutated.
 *
 * @param shiftNanos added to every timestamp; may be negative
 */
public record TimestampShift(long shiftNanos) {

    /** No shift. */
    public static final TimestampShift NONE = new TimestampShift(0);

    /** The shift that moves {@code fromNanos} to {@code toNanos}. */
    public static TimestampShift between(long fromNanos, long toNanos) {
        return new TimestampShift(Math.subtractExact(toNanos, fromNanos));
    }

    /** The same route with its event time and value shifted. */
    public ReplayRoute apply(ReplayRoute route) {
        return shiftNanos == 0 ? route : new ReplayRoute(route.topic(), route.key(), plus(route.eventNanos()),
                apply(route.value()));
    }

    /** {@code record} shifted (a copy), or {@code record} itself when it has no time field this class knows. */
    public Object apply(Object record) {
        if (shiftNanos == 0) {
            return record;
        }
        if (record instanceof Trade t) {
            return Trade.newBuilder(t).setSipTs(plus(t.getSipTs())).setParticipantTs(plus(t.getParticipantTs()))
                    .setTrfTs(plus(t.getTrfTs())).build();
        }
        if (record instanceof Bar b) {
            return Bar.newBuilder(b).setWindowStart(plus(b.getWindowStart())).build();
        }
        if (record instanceof ShortVolume s) {
            return ShortVolume.newBuilder(s).setPublishedTs(plus(s.getPublishedTs()))
                    .setTradeDate(s.getTradeDate().plusDays(daysMoved(s.getPublishedTs()))).build();
        }
        if (record instanceof FailToDeliver f) {
            return FailToDeliver.newBuilder(f).setPublishedTs(plus(f.getPublishedTs()))
                    .setSettlementDate(f.getSettlementDate().plusDays(daysMoved(f.getPublishedTs()))).build();
        }
        if (record instanceof ShortInterest s) {
            return ShortInterest.newBuilder(s).setPublishedTs(plus(s.getPublishedTs()))
                    .setSettlementDate(s.getSettlementDate().plusDays(daysMoved(s.getPublishedTs()))).build();
        }
        return record;
    }

    /** New York calendar days between the session of {@code tsNanos} and that of its shifted time. */
    long daysMoved(long tsNanos) {
        LocalDate before = SessionClock.sessionDate(tsNanos);
        return ChronoUnit.DAYS.between(before, SessionClock.sessionDate(plus(tsNanos)));
    }

    private long plus(long tsNanos) {
        return Math.addExact(tsNanos, shiftNanos);
    }

    private Long plus(Long tsNanos) {
        return tsNanos == null ? null : plus(tsNanos.longValue());
    }
}
