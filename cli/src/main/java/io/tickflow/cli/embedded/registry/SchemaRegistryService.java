package io.tickflow.cli.embedded.registry;

import io.tickflow.cli.embedded.registry.RegistryState.Version;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;

/**
 * The registry's operations, independent of HTTP: each change is checked, appended to the
 * {@link SchemaLog} and only then applied to the {@link RegistryState}, so what a caller was told is
 * durable. Methods are synchronised: one change at a time keeps ids and versions dense and unique.
 */
final class SchemaRegistryService {

    private final RegistryState state = new RegistryState();
    private final SchemaLog log;

    /** Rebuilds the state from every event already in the log. */
    SchemaRegistryService(SchemaLog log) {
        this.log = log;
        log.readAll().forEach(state::apply);
    }

    /**
     * @return the id of the schema under the subject: the existing one when this text is already a
     *         version there, else a new version (reusing the id the text has under another subject)
     * @throws RegistryError 42201 for an invalid schema, 409 when the subject's level rejects it
     */
    synchronized int register(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        String canonical = schema.toString();
        Optional<Version> existing = state.find(subject, canonical);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        List<String> problems = incompatibilities(subject, schema);
        if (!problems.isEmpty()) {
            throw new RegistryError(409, 409, "Schema being registered is incompatible with an earlier schema"
                    + " for subject \"" + subject + "\" (compatibility " + state.effectiveLevel(subject)
                    + "), details: " + problems);
        }
        int version = state.latest(subject).map(v -> v.version() + 1).orElse(1);
        RegistryEvent.SchemaRegistered event = new RegistryEvent.SchemaRegistered(subject, version,
                state.idFor(canonical), canonical);
        log.append(event);
        state.apply(event);
        return event.id();
    }

    /** @return the version of the subject holding this schema text; 40401 / 40403 when none */
    synchronized Version lookup(String subject, String schemaText) {
        String canonical = parse(schemaText).toString();
        if (state.latest(subject).isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return state.find(subject, canonical).orElseThrow(
                () -> RegistryError.schemaNotFound("no such schema under subject '" + subject + "'"));
    }

    /** @return what is incompatible if the schema were registered under the subject; empty if nothing */
    synchronized List<String> incompatibilities(String subject, String schemaText) {
        return incompatibilities(subject, parse(schemaText));
    }

    /** @return the schema text with this id; 40403 when none */
    synchronized String schemaById(int id) {
        return state.schemaById(id).orElseThrow(() -> RegistryError.schemaNotFound("id " + id));
    }

    synchronized List<String> subjects() {
        return state.subjects();
    }

    /** @return the subject's versions, oldest first; 40401 when it has none */
    synchronized List<Version> versions(String subject) {
        List<Version> versions = state.versions(subject);
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions;
    }

    /** @param version a positive number or "latest"; 42202 when neither, 40401 / 40402 when absent */
    synchronized Version version(String subject, String version) {
        List<Version> versions = versions(subject);
        if ("latest".equals(version) || "-1".equals(version)) {
            return versions.get(versions.size() - 1);
        }
        int number = parseVersion(version);
        return versions.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> RegistryError.versionNotFound(subject, version));
    }

    synchronized CompatibilityLevel globalLevel() {
        return state.globalLevel();
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return state.subjectLevel(subject);
    }

    /** @param subject the subject, or null for the global level; 42203 for an unsupported level */
    synchronized CompatibilityLevel setLevel(String subject, String level) {
        CompatibilityLevel parsed = CompatibilityLevel.parse(level)
                .orElseThrow(() -> RegistryError.invalidCompatibilityLevel(level));
        RegistryEvent.CompatibilitySet event = new RegistryEvent.CompatibilitySet(subject, parsed);
        log.append(event);
        state.apply(event);
        return parsed;
    }

    private List<String> incompatibilities(String subject, Schema schema) {
        Schema latest = state.latest(subject).map(v -> parse(v.schema())).orElse(null);
        return CompatibilityCheck.incompatibilities(schema, latest, state.effectiveLevel(subject));
    }

    private static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryError.invalidSchema("empty schema");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (AvroRuntimeException | NullPointerException e) {
            throw RegistryError.invalidSchema(e.getMessage());
        }
    }

    private static int parseVersion(String version) {
        try {
            int number = Integer.parseInt(version);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the 42202 below
        }
        throw RegistryError.invalidVersion(version);
    }
}
