package io.tickflow.cli.embedded.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Subjects, their versions, global ids and compatibility levels, built only by {@link #apply}ing
 * {@link RegistryEvent}s. Not thread-safe: {@link SchemaRegistryService} serialises access.
 *
 * <p>Ids are global, as in Confluent's registry: the same canonical schema text has one id whatever the
 * subject, and a new text gets {@code max id + 1}, starting at 1.
 */
final class RegistryState {

    /** One stored version; {@code schema} is canonical text. */
    record Version(String subject, int version, int id, String schema) {
    }

    private final Map<String, List<Version>> versionsBySubject = new TreeMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int maxId;

    /** Applies one event; events must come in log order. */
    void apply(RegistryEvent event) {
        if (event instanceof RegistryEvent.SchemaRegistered registered) {
            Version version = new Version(registered.subject(), registered.version(), registered.id(), registered.schema());
            versionsBySubject.computeIfAbsent(registered.subject(), s -> new ArrayList<>()).add(version);
            schemasById.putIfAbsent(registered.id(), registered.schema());
            idsBySchema.putIfAbsent(registered.schema(), registered.id());
            maxId = Math.max(maxId, registered.id());
        } else if (event instanceof RegistryEvent.CompatibilitySet set) {
            if (set.subject() == null) {
                globalLevel = set.level();
            } else {
                subjectLevels.put(set.subject(), set.level());
            }
        }
    }

    /** @return subjects with at least one version, sorted */
    List<String> subjects() {
        return List.copyOf(versionsBySubject.keySet());
    }

    /** @return the subject's versions, oldest first; empty when unknown */
    List<Version> versions(String subject) {
        return List.copyOf(versionsBySubject.getOrDefault(subject, List.of()));
    }

    /** @return the subject's latest version, or empty */
    Optional<Version> latest(String subject) {
        List<Version> versions = versions(subject);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** @return the version of the subject with this canonical text, or empty */
    Optional<Version> find(String subject, String canonicalSchema) {
        return versions(subject).stream().filter(v -> v.schema().equals(canonicalSchema)).findFirst();
    }

    /** @return the schema text with this id, or empty */
    Optional<String> schemaById(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    /** @return the id this text already has under any subject, else {@code max id + 1} */
    int idFor(String canonicalSchema) {
        return idsBySchema.getOrDefault(canonicalSchema, maxId + 1);
    }

    /** @return the level set on the subject, or empty when it follows the global level */
    Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    /** @return the global level (BACKWARD unless changed) */
    CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    /** @return the level that applies to the subject */
    CompatibilityLevel effectiveLevel(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }
}
