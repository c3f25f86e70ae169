package io.tickflow.cli.embedded.registry;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Schemas shared by the registry tests: a v1, a BACKWARD-compatible v2, and an incompatible v2. */
final class TestSchemas {

    /** {@code Quote {ticker: string, bid: double}}. */
    static final Schema QUOTE_V1 = SchemaBuilder.record("Quote").namespace("io.tickflow.test").fields()
            .requiredString("ticker").requiredDouble("bid").endRecord();

    /** v1 plus {@code ask: double = 0.0}: reads v1 data, so BACKWARD-compatible. */
    static final Schema QUOTE_V2_WITH_DEFAULT = SchemaBuilder.record("Quote").namespace("io.tickflow.test").fields()
            .requiredString("ticker").requiredDouble("bid").name("ask").type().doubleType().doubleDefault(0.0)
            .endRecord();

    /** v1 plus a required {@code venue: string} without default: cannot read v1 data. */
    static final Schema QUOTE_V2_REQUIRED_VENUE = SchemaBuilder.record("Quote").namespace("io.tickflow.test").fields()
            .requiredString("ticker").requiredDouble("bid").requiredString("venue").endRecord();

    private TestSchemas() {
    }
}
