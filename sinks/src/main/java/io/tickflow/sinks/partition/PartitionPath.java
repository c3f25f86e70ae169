package io.tickflow.sinks.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A relative folder path made of checked segments, such as {@code ticker=BRK%2FB/date=2024-01-02}.
 *
 * <p>Invariant: every segment is 1 to 255 printable ASCII characters, is not {@code .} or {@code ..}, and holds no
 * {@code /}, {@code \}, {@code :} or NUL, so the path can never leave the folder it is resolved against. Values taken
 * from records must go through {@link PathSafeTicker} before they become segments. The empty path is the dataset
 * root itself.
 *
 * @param segments the segments, outermost first; copied
 */
public record PartitionPath(List<String> segments) {

    /** The empty path: the dataset folder itself. */
    public static final PartitionPath ROOT = new PartitionPath(List.of());

    /** Compiled once: segments are built per record on the sink's hot path. */
    private static final java.util.regex.Pattern PARTITION_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_]+");

    /** Longest segment most file systems accept (NAME_MAX = 255 bytes; segments are ASCII). */
    static final int MAX_SEGMENT_LENGTH = 255;

    /**
     * @throws IllegalArgumentException if a segment breaks the invariant
     */
    public PartitionPath {
        segments = List.copyOf(segments);
        segments.forEach(PartitionPath::requireSafeSegment);
    }

    /** A path from segments, outermost first. */
    public static PartitionPath of(String... segments) {
        return new PartitionPath(Arrays.asList(segments));
    }

    /**
     * Parses {@code a/b/c}; an empty string gives {@link #ROOT}.
     *
     * @throws IllegalArgumentException if a segment is unsafe (including empty segments from {@code a//b})
     */
    public static PartitionPath parse(String relative) {
        return relative.isEmpty() ? ROOT : new PartitionPath(Arrays.asList(relative.split("/", -1)));
    }

    /** One hive-style segment {@code key=value} with the value encoded by {@link PathSafeTicker}. */
    public static String hiveSegment(String key, String value) {
        if (!PARTITION_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("partition key must match [A-Za-z0-9_]+: " + key);
        }
        return key + "=" + PathSafeTicker.encode(value);
    }

    /** This path followed by {@code child}. */
    public PartitionPath resolve(PartitionPath child) {
        List<String> joined = new ArrayList<>(segments);
        joined.addAll(child.segments);
        return new PartitionPath(joined);
    }

    /** The segments joined by {@code /}; empty for {@link #ROOT}. */
    @Override
    public String toString() {
        return String.join("/", segments);
    }

    private static void requireSafeSegment(String segment) {
        Objects.requireNonNull(segment, "segment");
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("unsafe path segment: '" + segment + "'");
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            throw new IllegalArgumentException("path segment longer than " + MAX_SEGMENT_LENGTH + " characters");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '/' || c == '\\' || c == ':') {
                throw new IllegalArgumentException("unsafe character U+" + Integer.toHexString(c)
                        + " in path segment: " + segment.replaceAll("[^\\x20-\\x7E]", "?"));
            }
        }
    }
}
