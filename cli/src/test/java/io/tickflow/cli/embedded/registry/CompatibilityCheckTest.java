package io.tickflow.cli.embedded.registry;

import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V1;
import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V2_REQUIRED_VENUE;
import static io.tickflow.cli.embedded.registry.TestSchemas.QUOTE_V2_WITH_DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityCheckTest {

    @Test
    void acceptsAnAddedFieldWithADefault() {
        assertThat(CompatibilityCheck.incompatibilities(QUOTE_V2_WITH_DEFAULT, QUOTE_V1, CompatibilityLevel.BACKWARD))
                .isEmpty();
    }

    @Test
    void rejectsAnAddedRequiredFieldWithAvrosMessage() {
        List<String> problems = CompatibilityCheck.incompatibilities(QUOTE_V2_REQUIRED_VENUE, QUOTE_V1,
                CompatibilityLevel.BACKWARD);
        assertThat(problems).singleElement().asString()
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "location:/fields/2", "message:venue");
    }

    @Test
    void acceptsAnythingUnderNone() {
        assertThat(CompatibilityCheck.incompatibilities(QUOTE_V2_REQUIRED_VENUE, QUOTE_V1, CompatibilityLevel.NONE))
                .isEmpty();
    }

    @Test
    void acceptsTheFirstVersionOfASubject() {
        assertThat(CompatibilityCheck.incompatibilities(QUOTE_V1, null, CompatibilityLevel.BACKWARD)).isEmpty();
    }

    @Test
    void backwardAllowsRemovingAFieldBecauseNewReadersIgnoreIt() {
        // v1 removes v2's ask: a v1 reader skips the ask written by v2 writers
        assertThat(CompatibilityCheck.incompatibilities(QUOTE_V1, QUOTE_V2_WITH_DEFAULT, CompatibilityLevel.BACKWARD))
                .isEmpty();
    }
}
