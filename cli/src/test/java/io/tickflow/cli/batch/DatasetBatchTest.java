package io.tickflow.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.calendar.SessionClock;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.dataset.RegimeTable;
import io.tickflow.schemas.bars.ImbalanceBar;
import io.tickflow.schemas.daily.DailyMetrics;
import io.tickflow.schemas.labels.Label;
import io.tickflow.schemas.labels.Touch;
import io.tickflow.schemas.weights.SampleWeight;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetBatchTest {
    private static final LocalDate MON = LocalDate.of(2024, 6, 3);
    private static final LocalDate TUE = LocalDate.of(2024, 6, 4);
    private final DatasetBatch batch = new DatasetBatch(new RegimeTable(Map.of(LocalDate.of(2024, 1, 1), "meme_era")),
            SessionScope.REGULAR);

    @Test
    void joinsAnEventWithItsBarWeightAndThePreviousSessionNeverItsOwn() {
        var result = batch.join(List.of(bar("AAA", TUE, 3)), List.of(label("AAA", TUE, 3)),
                List.of(weight("AAA", TUE, 3, 0.8)), List.of(daily("AAA", MON, 2.0), daily("AAA", TUE, 9.9)));

        assertThat(result.rows()).hasSize(1);
        var row = result.rows().get(0);
        assertThat(row.getFeatures()).containsEntry("prev_close_d", 2.0);  // Monday's close, not Tuesday's 9.9
        assertThat(row.getFeatures().get("close_vs_prev_close")).isEqualTo(2.5 / 2.0 - 1);
        assertThat(row.getWeight()).isEqualTo(0.8);
        assertThat(row.getRegime()).isEqualTo("meme_era");
        assertThat(row.getBin()).isEqualTo(1);
    }

    @Test
    void anEventBetweenASettlementAndItsPublicationDoesNotSeeThatReport() {
        // Monday's daily row was joined as of Monday 15:59: short interest settled on Friday but disseminated on
        // Monday 18:00 was not public yet, so the row carries the report before it (12,000 shares). Tuesday's row,
        // joined after 18:00 Monday, would see 20,000, but the event at Tuesday 10:00 only uses Monday's row.
        DailyMetrics monday = daily("AAA", MON, 2.0);
        monday.setShortFeatures(Map.of("short_interest", 12_000.0));
        DailyMetrics tuesday = daily("AAA", TUE, 2.2);
        tuesday.setShortFeatures(Map.of("short_interest", 20_000.0));

        var result = batch.join(List.of(bar("AAA", TUE, 3)), List.of(label("AAA", TUE, 3)),
                List.of(weight("AAA", TUE, 3, 1.0)), List.of(monday, tuesday));

        assertThat(result.rows().get(0).getFeatures()).containsEntry("prev_short_interest", 12_000.0);
    }

    @Test
    void countsLabelsWithoutTheirBarOrWeightInsteadOfInventingRows() {
        var result = batch.join(List.of(bar("AAA", MON, 1)), List.of(label("AAA", MON, 1), label("AAA", MON, 2)),
                List.of(), List.of());
        assertThat(result.rows()).isEmpty();
        assertThat(result.withoutBar()).isEqualTo(1);     // seq 2 has no bar
        assertThat(result.withoutWeight()).isEqualTo(1);  // seq 1 has a bar but its session has no weights yet
    }

    @Test
    void aTickersFirstSessionHasNoPreviousSessionFeatures() {
        var result = batch.join(List.of(bar("NEW", MON, 0)), List.of(label("NEW", MON, 0)),
                List.of(weight("NEW", MON, 0, 1.0)), List.of(daily("NEW", MON, 2.0)));
        assertThat(result.rows().get(0).getFeatures()).containsEntry("prev_close_d", null);
    }

    @Test
    void intradayFeaturesUseTheSessionsBarsClosedByT0Only() {
        long open = SessionClock.regularStartNanos(TUE);
        long minute = 60_000_000_000L;
        ImbalanceBar first = timed(bar("AAA", TUE, 0), open + minute, 100, 1_000);
        ImbalanceBar event = timed(bar("AAA", TUE, 1), open + 3 * minute, 300, 3_300);
        ImbalanceBar after = timed(bar("AAA", TUE, 2), open + 4 * minute, 5_000, 60_000);
        Label label = label("AAA", TUE, 1);
        label.setT0(open + 3 * minute);
        var result = batch.join(List.of(first, event, after), List.of(label), List.of(weight("AAA", TUE, 1, 1.0)),
                List.of());
        // bars 0 and 1 closed by t0: 100 + 300 shares, $1,000 + $3,300, vwap 4,300 / 400 = 10.75; bar 2 is later
        assertThat(result.rows().get(0).getFeatures()).containsEntry("intraday_volume_to_t0", 400.0)
                .containsEntry("intraday_vwap_to_t0", 10.75).containsEntry("minutes_since_open", 3.0)
                .containsEntry("intraday_rvol_tod", null); // no prior sessions
    }

    private static ImbalanceBar timed(ImbalanceBar bar, long close, double volume, double dollars) {
        bar.setOpenTime(close - 1);
        bar.setCloseTime(close);
        bar.setVolume(volume);
        bar.setDollarValue(dollars);
        return bar;
    }

    private static ImbalanceBar bar(String ticker, LocalDate session, int seq) {
        return ImbalanceBar.newBuilder().setTicker(ticker).setSession(session).setSeq(seq).setOpenTime(0)
                .setCloseTime(60_000_000_000L).setOpen(2.4).setHigh(2.6).setLow(2.3).setClose(2.5).setVolume(100)
                .setBuyVolume(60).setTicks(5).setDollarValue(245).setTheta(30).setThreshold(20).setExpTicks(5)
                .setExpImbalance(4).setComplete(true).build();
    }

    private static Label label(String ticker, LocalDate session, int seq) {
        return Label.newBuilder().setTicker(ticker).setSession(session).setEventSeq(seq).setT0(60_000_000_000L)
                .setT1(120_000_000_000L).setTouch(Touch.pt).setRet(0.02).setTarget(0.01).setBin(1).setBinMlfinlab(1)
                .build();
    }

    private static SampleWeight weight(String ticker, LocalDate session, int seq, double weight) {
        return SampleWeight.newBuilder().setTicker(ticker).setSession(session).setEventSeq(seq).setT0(60_000_000_000L)
                .setT1(120_000_000_000L).setAvgUniqueness(1).setReturnWeight(weight).setTimeDecay(1).setWeight(weight)
                .build();
    }

    private static DailyMetrics daily(String ticker, LocalDate date, double close) {
        return DailyMetrics.newBuilder().setTicker(ticker).setDate(date).setCloseD(close).setVolD(1000)
                .setDollarVolD(1000 * close).setUpdatedTs(0).build();
    }
}
