package io.tickflow.producers.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    @Test
    void keepsCommasInsideQuotedFieldAsData() throws Exception {
        assertThat(CsvFields.split("A,\"12,37\",0")).containsExactly("A", "12,37", "0");
    }

    @Test
    void keepsEmptyFieldsIncludingTheLast() throws Exception {
        assertThat(CsvFields.split("A,,0,")).containsExactly("A", "", "0", "");
    }

    @Test
    void readsDoubledQuoteAsOneQuote() throws Exception {
        assertThat(CsvFields.split("\"say \"\"hi\"\"\",x")).containsExactly("say \"hi\"", "x");
    }

    @Test
    void rejectsUnclosedQuote() {
        assertThatThrownBy(() -> CsvFields.split("A,\"12,37,0"))
                .isInstanceOf(InvalidRowException.class)
                .hasMessage("quote opened at character 3 is never closed");
    }

    @Test
    void rejectsTextAfterClosingQuote() {
        assertThatThrownBy(() -> CsvFields.split("\"12\"x,0"))
                .isInstanceOf(InvalidRowException.class)
                .hasMessage("text after a closing quote at character 5");
    }
}
