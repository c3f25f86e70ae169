package io.tickflow.streams.daily;

import io.tickflow.core.daily.Split;
import io.tickflow.core.daily.SplitHistory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The splits of {@code reference.splits} as the daily processor reads them: a global store holding the compacted
 * topic as is (key {@code ticker|execution_date}, the topic's documented key; value the Avro split), so every task
 * sees every ticker's splits and a restart restores them from the topic without a changelog.
 *
 * <p>A ticker's splits are one prefix scan of {@code ticker|}. A stored split that core refuses (a ratio that is
 * not finite and &gt; 0) is left out of the history and logged once per key: a restore copies the topic into the
 * store without passing through {@link SplitsStoreUpdater}, so such a value can be in the store.
 */
final class SplitsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SplitsStore.class);
    static final String KEY_SEPARATOR = "|";

    private final ReadOnlyKeyValueStore<String, io.tickflow.schemas.reference.Split> store;
    private final StringSerializer keys = new StringSerializer();
    private final Set<String> reported = new HashSet<>();

    SplitsStore(ReadOnlyKeyValueStore<String, io.tickflow.schemas.reference.Split> store) {
        this.store = store;
    }

    /** The ticker's splits now; {@link SplitHistory#NONE} when it has none. */
    SplitHistory historyOf(String ticker) {
        List<Split> splits = null;
        try (KeyValueIterator<String, io.tickflow.schemas.reference.Split> it =
                     store.prefixScan(ticker + KEY_SEPARATOR, keys)) {
            while (it.hasNext()) {
                var kv = it.next();
                Split split = toCore(kv.key, kv.value, ticker);
                if (split != null) {
                    splits = splits == null ? new ArrayList<>() : splits;
                    splits.add(split);
                }
            }
        }
        return splits == null ? SplitHistory.NONE : new SplitHistory(splits);
    }

    /** The core split of a stored value, or {@code null} (logged once) when it is not one of this ticker's. */
    private Split toCore(String key, io.tickflow.schemas.reference.Split value, String ticker) {
        String refusal = refusal(value, ticker);
        if (refusal == null) {
            return new Split(value.getExecutionDate(), value.getSplitFrom(), value.getSplitTo());
        }
        if (reported.add(key)) {
            LOG.warn("split {} of reference.splits not applied: {}", key, refusal);
        }
        return null;
    }

    /** Why a stored split cannot adjust {@code ticker}'s closes, or {@code null} when it can. */
    static String refusal(io.tickflow.schemas.reference.Split value, String ticker) {
        if (value == null) {
            return "no value";
        }
        if (!ticker.equals(value.getTicker())) {
            return "key names " + ticker + " but the value names " + value.getTicker();
        }
        if (!(value.getSplitFrom() > 0) || !(value.getSplitTo() > 0)
                || Double.isInfinite(value.getSplitFrom()) || Double.isInfinite(value.getSplitTo())) {
            return "split_from and split_to must be finite and > 0: " + value.getSplitFrom() + ", "
                    + value.getSplitTo();
        }
        return null;
    }
}
