package io.tickflow.streams.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.tickflow.core.labels.BarPoint;
import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.labels.TickerLabelState;
import io.tickflow.core.labels.TickerLabels;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TickerLabelStateSerdeTest {

    @Test
    void stateWithOpenEventsPathAndLabelsSurvivesTheRoundTrip() {
        TickerLabels labels = new TickerLabels(new LabelSettings(100, 1.0, 1.0, 1.0, 3, 30));
        TickerLabelState state = TickerLabelState.initial();
        double[] closes = {100, 101, 104, 104.5, 99, 99.5, 103, 110};
        for (int seq = 0; seq < closes.length; seq++) {
            state = labels.onBar(state, LocalDate.of(2024, 3, 8), new BarPoint(seq, 1_000L * seq, closes[seq]), true)
                    .state();
        }
        assertThat(state.labels()).isNotEmpty();
        assertThat(state.labeler().pending()).isNotEmpty();
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void initialStateSurvivesTheRoundTrip() {
        TickerLabelState state = TickerLabelState.initial();
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    private static TickerLabelState roundTrip(TickerLabelState state) {
        var serde = TickerLabelStateSerde.serde();
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", state));
    }

    @Test
    void anUnknownFormatVersionIsAnErrorNamingTheStore() {
        byte[] bytes = TickerLabelStateSerde.serde().serializer().serialize("t", TickerLabelState.initial());
        bytes[0] = 9;
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> TickerLabelStateSerde.serde().deserializer().deserialize("t", bytes))
                .hasMessageContaining("unknown label state format 9");
    }
}
