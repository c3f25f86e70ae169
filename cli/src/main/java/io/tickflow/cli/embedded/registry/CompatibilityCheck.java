package io.tickflow.cli.embedded.registry;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Decides whether a candidate schema may follow the latest version of a subject, with Avro's own
 * checker ({@link SchemaCompatibility#checkReaderWriterCompatibility}) so that the verdict and its words
 * are Avro's, as in Confluent's registry.
 */
final class CompatibilityCheck {

    private CompatibilityCheck() {
    }

    /**
     * @param candidate schema being registered, not null
     * @param latest    latest version of the subject, or null when the subject has none
     * @param level     the subject's level
     * @return what is incompatible, one message per problem (type, location and Avro's message);
     *         empty when compatible
     */
    static List<String> incompatibilities(Schema candidate, Schema latest, CompatibilityLevel level) {
        if (latest == null || level == CompatibilityLevel.NONE) {
            return List.of();
        }
        // BACKWARD: consumers upgraded to the candidate must read what producers wrote with the latest,
        // so the candidate is the reader and the latest the writer.
        SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(candidate, latest);
        return pair.getResult().getIncompatibilities().stream().map(CompatibilityCheck::describe).toList();
    }

    private static String describe(Incompatibility problem) {
        return "{type:" + problem.getType() + ", location:" + problem.getLocation()
                + ", message:" + problem.getMessage() + ", reader:" + problem.getReaderFragment()
                + ", writer:" + problem.getWriterFragment() + "}";
    }
}
