package io.tickflow.schemas.registry;

import java.util.List;

/**
 * The registry's answer to "could this schema be registered under the subject?".
 *
 * @param compatible true when the schema passes the subject's compatibility level
 * @param messages   what is incompatible, as the registry words it (Avro's checker messages); empty when
 *                   compatible; never null
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
