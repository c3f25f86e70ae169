package io.tickflow.streams.daily;

import io.tickflow.core.daily.Split;
import io.tickflow.core.daily.SplitHistory;
import io.tickflow.schemas.topics.Topics;
import java.util.List;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The splits of {@code reference.splits} as the daily processor reads them, from the global store (key
 * {@code ticker|execution_date}). A split core refuses (a ratio that is not finite and &gt; 0) is left out.
 */
final class SplitsStore {
    private final TickerDateStore<io.tickflow.schemas.reference.Split> store;

    SplitsStore(ReadOnlyKeyValueStore<String, io.tickflow.schemas.reference.Split> store) {
        this.store = new TickerDateStore<>(store, SplitsStore::refusal, Topics.SPLITS.name());
    }

    /** The ticker's splits now; {@link SplitHistory#NONE} when it has none. */
    SplitHistory historyOf(String ticker) {
        List<io.tickflow.schemas.reference.Split> values = store.valuesOf(ticker);
        if (values.isEmpty()) {
            return SplitHistory.NONE;
        }
        return new SplitHistory(values.stream()
                .map(v -> new Split(v.getExecutionDate(), v.getSplitFrom(), v.getSplitTo())).toList());
    }

    /** Why a stored split cannot adjust {@code ticker}'s closes, or {@code null} when it can. */
    static String refusal(io.tickflow.schemas.reference.Split value, String ticker) {
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
