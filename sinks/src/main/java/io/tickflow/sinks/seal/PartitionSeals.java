package io.tickflow.sinks.seal;

import io.tickflow.sinks.partition.PartitionPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which dated folders fed by one Kafka partition are complete, decided from the records alone.
 *
 * <p>A folder is <em>open</em> while it may still receive records. A record whose timestamp reaches a folder's seal
 * time ({@link SealPolicy#sealTimeMs}) and that belongs to another folder makes it <em>pending</em> at that
 * record's offset: every record of the folder came before that offset. It is <em>due</em> once every offset up to
 * that one is durable (in files moved into place), and only then may its {@code _SUCCESS} be written. A record of
 * the folder itself never seals it (its own late records carry later timestamps), and a record arriving for a
 * pending folder puts it back to open. Records are keyed by ticker, so all records of a ticker-date folder come
 * through one Kafka partition and no other partition can add to a folder sealed here. Not thread safe.
 */
public final class PartitionSeals {

    private final SealPolicy policy;
    private final Map<PartitionPath, Long> open = new HashMap<>();
    private final NavigableMap<Long, Set<PartitionPath>> bySealTime = new TreeMap<>();
    private final LinkedHashMap<PartitionPath, Long> pending = new LinkedHashMap<>();

    /** @param policy when folders are sealed */
    public PartitionSeals(SealPolicy policy) {
        this.policy = policy;
    }

    /**
     * Notes a record bound for {@code folder}.
     *
     * @param timestampMs the record's timestamp, ms since the epoch; negative when it has none (it seals nothing)
     * @param offset      its Kafka offset; offsets only grow
     * @return true when the folder can be sealed and was neither open nor pending: it is new, or was sealed
     *         before (the caller checks for an earlier {@code _SUCCESS}: a record after the seal is late)
     */
    public boolean observe(PartitionPath folder, long timestampMs, long offset) {
        boolean fresh = false;
        if (!open.containsKey(folder)) {
            fresh = pending.remove(folder) == null && policy.sealTimeMs(folder).isPresent();
            track(folder);
        }
        if (timestampMs >= 0) {
            sealBy(folder, timestampMs, offset);
        }
        return fresh;
    }

    /** Tracks a folder that has files but no {@code _SUCCESS} (learnt when a partition is resumed). */
    public void reopen(PartitionPath folder) {
        if (!open.containsKey(folder)) {
            pending.remove(folder);
            track(folder);
        }
    }

    /**
     * The pending folders whose sealing record lies below {@code nextDurableOffset}, in the order they became
     * pending; they stop being tracked.
     */
    public List<PartitionPath> due(long nextDurableOffset) {
        if (pending.isEmpty()) {
            return List.of(); // the usual case: the sink asks after every record
        }
        List<PartitionPath> due = new ArrayList<>();
        Iterator<Map.Entry<PartitionPath, Long>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<PartitionPath, Long> entry = it.next();
            if (entry.getValue() < nextDurableOffset) {
                due.add(entry.getKey());
                it.remove();
            }
        }
        return due;
    }

    /**
     * The open folders whose seal time is at or before {@code wallClockMs}: the end-of-input seal, for when no later
     * record will come to pass their grace (the last sessions of a finished replay, or a live session after hours).
     * The caller must know that every record seen so far is durable. They stop being tracked; a record arriving for
     * one later makes it fresh again ({@link #observe} returns true), as any late record.
     */
    public List<PartitionPath> elapsed(long wallClockMs) {
        NavigableMap<Long, Set<PartitionPath>> reached = bySealTime.headMap(wallClockMs, true);
        List<PartitionPath> elapsed = new ArrayList<>();
        reached.values().forEach(elapsed::addAll);
        reached.clear();
        elapsed.forEach(open::remove);
        elapsed.sort(java.util.Comparator.comparing(PartitionPath::toString));
        return elapsed;
    }

    /** Folders open or pending. */
    public int tracked() {
        return open.size() + pending.size();
    }

    private void track(PartitionPath folder) {
        Optional<Long> sealTime = policy.sealTimeMs(folder);
        if (sealTime.isPresent()) {
            open.put(folder, sealTime.get());
            bySealTime.computeIfAbsent(sealTime.get(), t -> new HashSet<>()).add(folder);
        }
    }

    private void sealBy(PartitionPath recordFolder, long timestampMs, long offset) {
        if (bySealTime.isEmpty() || bySealTime.firstKey() > timestampMs) {
            return; // the usual case, checked without a head map view per record
        }
        NavigableMap<Long, Set<PartitionPath>> reached = bySealTime.headMap(timestampMs, true);
        if (reached.isEmpty()) {
            return;
        }
        List<PartitionPath> sealed = new ArrayList<>();
        reached.values().forEach(sealed::addAll);
        reached.clear();
        for (PartitionPath folder : sealed) {
            if (folder.equals(recordFolder)) {
                bySealTime.computeIfAbsent(open.get(folder), t -> new HashSet<>()).add(folder);
            } else {
                open.remove(folder);
                pending.put(folder, offset);
            }
        }
    }
}
