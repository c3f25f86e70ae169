package io.tickflow.streams.weights;

import io.tickflow.core.labels.ResolvedSession;
import io.tickflow.core.weights.EventWeight;
import io.tickflow.core.weights.SampleWeights;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.schemas.weights.SampleWeight;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Weighs a ticker-session's events once the labels stage has resolved all of them. Stateless: the session's bars
 * and labels arrive whole from the parent processor, in the same task and transaction.
 */
final class WeightsProcessor implements Processor<String, ResolvedSession, String, SampleWeight> {
    private final SampleWeights weights;
    private ProcessorContext<String, SampleWeight> context;

    WeightsProcessor(WeightSettings settings) {
        this.weights = new SampleWeights(settings);
    }

    @Override
    public void init(ProcessorContext<String, SampleWeight> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, ResolvedSession> record) {
        ResolvedSession session = record.value();
        for (EventWeight weight : weights.of(session)) {
            SampleWeight value = WeightRecords.toAvro(record.key(), session.session(), weight);
            context.forward(record.withValue(value));
        }
    }
}
