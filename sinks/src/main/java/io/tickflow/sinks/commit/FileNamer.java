package io.tickflow.sinks.commit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;

/**
 * Deterministic file names {@code <topic>+<partition>+<first offset, 20 digits>.<ext>}, e.g.
 * {@code bars.dib+0+00000000000000000042.parquet}, as kafka-connect-storage names its files
 * ({@code TopicPartitionWriter.fileKeyToCommit}). The same records give the same name on every run, so a rerun
 * replaces files instead of adding copies. Twenty digits hold any non-negative {@code long} and keep lexical order
 * equal to offset order. {@code +} cannot occur in a topic name (Kafka allows {@code [a-zA-Z0-9._-]}), so names
 * parse back unambiguously.
 */
public final class FileNamer {

    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Pattern NAME = Pattern.compile("([a-zA-Z0-9._-]{1,249})\\+(\\d{1,10})\\+(\\d{20})");

    /** Long.MAX_VALUE in 20 digits; equal-length digit strings compare like numbers. */
    private static final String MAX_OFFSET = String.format(Locale.ROOT, "%020d", Long.MAX_VALUE);

    private final String extension;

    /** @param extension with its dot, e.g. {@code .parquet} */
    public FileNamer(String extension) {
        if (!extension.matches("\\.[a-z0-9]{1,16}")) {
            throw new IllegalArgumentException("extension must look like .parquet: " + extension);
        }
        this.extension = extension;
    }

    /** Where a file's records start: topic, Kafka partition and first offset. */
    public record Key(String topic, int partition, long firstOffset) {
        public Key {
            Objects.requireNonNull(topic, "topic");
            if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
                throw new IllegalArgumentException("not a legal Kafka topic name: " + topic);
            }
            if (partition < 0 || firstOffset < 0) {
                throw new IllegalArgumentException("partition and offset must be >= 0");
            }
        }
    }

    /**
     * @param partition   topic and partition the records came from
     * @param firstOffset offset of the first record in the file, &gt;= 0
     * @throws IllegalArgumentException for an illegal topic name or a negative partition or offset
     */
    public String name(TopicPartition partition, long firstOffset) {
        Key key = new Key(partition.topic(), partition.partition(), firstOffset);
        return String.format(Locale.ROOT, "%s+%d+%020d%s", key.topic(), key.partition(), key.firstOffset(), extension);
    }

    /** The key of a name written by {@link #name}; empty for any other name (temp files, {@code _SUCCESS}). */
    public Optional<Key> parse(String fileName) {
        if (!fileName.endsWith(extension)) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(fileName.substring(0, fileName.length() - extension.length()));
        boolean inRange = m.matches() && Long.parseLong(m.group(2)) <= Integer.MAX_VALUE
                && m.group(3).compareTo(MAX_OFFSET) <= 0;
        if (!inRange) {
            return Optional.empty();
        }
        return Optional.of(new Key(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
    }
}
