package io.tickflow.schemas.registry;

import org.apache.avro.Schema;

/**
 * One version of a subject, as the registry holds it.
 *
 * @param subject subject name, not null
 * @param version version within the subject, from 1
 * @param id      global schema id (the one written in the wire format)
 * @param schema  the Avro schema, not null
 */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {
}
