package io.tickflow.streams.shortdata;

import io.tickflow.core.shortdata.AverageDailyVolume;
import io.tickflow.core.shortdata.FailsRecord;
import io.tickflow.core.shortdata.PublicShortData;
import io.tickflow.core.shortdata.PublishedRecord;
import io.tickflow.core.shortdata.ShortInterestRecord;
import io.tickflow.core.shortdata.ShortVolumeRecord;
import io.tickflow.schemas.daily.DailyMetrics;
import java.util.Iterator;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Joins the short-data features into each daily row ({@link ShortFeatureStep}): loads the ticker's volume window,
 * asks the global point-in-time stores what was public at the row's time, stores the window, forwards the row.
 */
final class ShortFeaturesProcessor implements Processor<String, Object, String, DailyMetrics> {
    private ProcessorContext<String, DailyMetrics> context;
    private KeyValueStore<String, AverageDailyVolume> windows;
    private ReadOnlyKeyValueStore<String, ShortVolumeRecord> volumes;
    private ReadOnlyKeyValueStore<String, FailsRecord> fails;
    private ReadOnlyKeyValueStore<String, ShortInterestRecord> interest;

    @Override
    public void init(ProcessorContext<String, DailyMetrics> context) {
        this.context = context;
        this.windows = context.getStateStore(ShortFeaturesTopology.ADV_STORE);
        this.volumes = context.getStateStore(ShortFeaturesTopology.VOLUME_STORE);
        this.fails = context.getStateStore(ShortFeaturesTopology.FTD_STORE);
        this.interest = context.getStateStore(ShortFeaturesTopology.INTEREST_STORE);
    }

    @Override
    public void process(Record<String, Object> record) {
        DailyMetrics row = (DailyMetrics) record.value();
        AverageDailyVolume window = windows.get(row.getTicker());
        ShortFeatureStep step = ShortFeatureStep.apply(window != null ? window : AverageDailyVolume.EMPTY, row,
                this::publicAt);
        windows.put(row.getTicker(), step.window());
        context.forward(record.withKey(row.getTicker()).withValue(step.row()));
    }

    private PublicShortData publicAt(String ticker, long asOfNanos) {
        try (var v = newestFirst(volumes, ticker); var f = newestFirst(fails, ticker);
             var s = newestFirst(interest, ticker)) {
            return PublicShortData.asOf(values(v), values(f), values(s), asOfNanos);
        }
    }

    private static <R extends PublishedRecord> KeyValueIterator<String, R> newestFirst(
            ReadOnlyKeyValueStore<String, R> store, String ticker) {
        return store.reverseRange(ShortRecords.lowestKey(ticker), ShortRecords.highestKey(ticker));
    }

    private static <R> Iterator<R> values(KeyValueIterator<String, R> it) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public R next() {
                KeyValue<String, R> kv = it.next();
                return kv.value;
            }
        };
    }
}
