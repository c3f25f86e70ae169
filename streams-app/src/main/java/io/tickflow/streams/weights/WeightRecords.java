package io.tickflow.streams.weights;

import io.tickflow.core.weights.EventWeight;
import io.tickflow.schemas.weights.SampleWeight;
import java.time.LocalDate;

/** Core {@link EventWeight} → the Avro {@link SampleWeight} of the {@code weights} topic, for stream and batch alike. */
public final class WeightRecords {
    private WeightRecords() {
    }

    public static SampleWeight toAvro(String ticker, LocalDate session, EventWeight weight) {
        return SampleWeight.newBuilder()
                .setTicker(ticker)
                .setSession(session)
                .setEventSeq(weight.eventSeq())
                .setT0(weight.t0Nanos())
                .setT1(weight.t1Nanos())
                .setAvgUniqueness(weight.avgUniqueness())
                .setReturnWeight(weight.returnWeight())
                .setTimeDecay(weight.timeDecay())
                .setWeight(weight.weight())
                .build();
    }
}
