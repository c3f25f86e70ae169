package io.tickflow.streams.daily;

import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.universe.RollingInfoRichCount;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.universe.InfoRichFlag;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Tests each daily row against the info-rich rules and counts the ticker's info-rich sessions in the trailing 252
 * ({@link InfoRichStep}, shared with the batch command). Rows of a ticker arrive in date order; an updated row of a
 * known date replaces its flag, and the daily processor re-sends every later row, so later counts follow. The
 * market cap tested is the ticker's latest in {@code reference.market-cap} on or before the row's date.
 */
final class InfoRichProcessor implements Processor<String, DailyMetrics, String, InfoRichFlag> {
    private final InfoRichRules rules;
    private final int marketCapMaxAgeDays;
    private ProcessorContext<String, InfoRichFlag> context;
    private KeyValueStore<String, RollingInfoRichCount> windows;
    private MarketCapStore marketCaps;

    InfoRichProcessor(InfoRichRules rules, int marketCapMaxAgeDays) {
        this.rules = rules;
        this.marketCapMaxAgeDays = marketCapMaxAgeDays;
    }

    @Override
    public void init(ProcessorContext<String, InfoRichFlag> context) {
        this.context = context;
        this.windows = context.getStateStore(DailyMetricsTopology.INFO_RICH_STORE);
        this.marketCaps = new MarketCapStore(context.getStateStore(DailyMetricsTopology.MARKET_CAP_STORE));
    }

    @Override
    public void process(Record<String, DailyMetrics> record) {
        String ticker = record.value().getTicker();
        RollingInfoRichCount window = windows.get(ticker);
        Double cap = marketCaps.historyOf(ticker).capOn(record.value().getDate(), marketCapMaxAgeDays);
        InfoRichStep step = InfoRichStep.apply(rules, window != null ? window : RollingInfoRichCount.EMPTY,
                record.value(), cap);
        if (!step.window().equals(window)) {
            windows.put(ticker, step.window()); // most minutes leave the flag as it was: skip the write
        }
        context.forward(record.withValue(step.flag()));
    }
}
