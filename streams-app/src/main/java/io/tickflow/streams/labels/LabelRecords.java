package io.tickflow.streams.labels;

import io.tickflow.core.labels.BarPoint;
import io.tickflow.core.labels.TripleBarrierLabel;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.labels.Label;
import io.tickflow.schemas.labels.Touch;
import java.time.LocalDate;

/**
 * Between the Avro records of {@code bars.dib} / {@code labels} and the core label classes: the one mapping both the
 * topology and the batch command use.
 */
public final class LabelRecords {
    private LabelRecords() {
    }

    /** The part of a bar that labels and weights use. */
    public static BarPoint pointOf(ImbalanceBar bar) {
        return new BarPoint(bar.getSeq(), bar.getCloseTime(), bar.getClose());
    }

    public static Label toAvro(String ticker, LocalDate session, TripleBarrierLabel label) {
        return Label.newBuilder()
                .setTicker(ticker)
                .setSession(session)
                .setEventSeq(label.eventSeq())
                .setT0(label.t0Nanos())
                .setT1(label.t1Nanos())
                .setTouch(Touch.valueOf(label.touch().name().toLowerCase(java.util.Locale.ROOT)))
                .setRet(label.ret())
                .setTarget(label.target())
                .setBin(label.bin())
                .setBinMlfinlab(label.binMlfinlab())
                .setExitSeq(label.exitSeq())
                .build();
    }
}
