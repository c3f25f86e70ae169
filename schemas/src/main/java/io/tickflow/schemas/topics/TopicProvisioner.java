package io.tickflow.schemas.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.ToIntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates tickflow's topics idempotently: missing topics are created with their {@link TopicSpec}; existing ones
 * are left alone and reported, with a warning when their partition count differs from the wanted one (Kafka
 * can only grow partitions, and growing them moves keys, so tickflow never does it silently).
 */
public final class TopicProvisioner {
    private final Admin admin;
    private final short replicationFactor;

    public TopicProvisioner(Admin admin, short replicationFactor) {
        this.admin = admin;
        this.replicationFactor = replicationFactor;
    }

    /** What happened to one topic. */
    public record Outcome(String topic, boolean created, int partitions, String warning) {
    }

    /**
     * Three requests whatever the number of topics (list, one describe of those that exist, one create of those
     * that do not): a replay provisions every topic before its first record, and a describe per topic, one after
     * the other, was 45-85 ms of each run.
     *
     * @param partitions the partition count wanted per topic (usually {@code t -> t.spec().partitions()})
     * @return one outcome per topic, in the order given
     */
    public List<Outcome> ensure(Collection<Topic<?>> topics, ToIntFunction<Topic<?>> partitions) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            Map<String, Integer> wanted = new LinkedHashMap<>();
            topics.forEach(t -> wanted.put(t.name(), partitions.applyAsInt(t)));
            List<String> present = new ArrayList<>(wanted.keySet().stream().filter(existing::contains).toList());
            Map<String, Outcome> outcomes = create(topics.stream().filter(t -> !existing.contains(t.name())).toList(),
                    wanted, present);
            outcomes.putAll(describe(present, wanted));
            return topics.stream().map(t -> outcomes.get(t.name())).toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot list or create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    /**
     * Creates {@code missing} in one request; a topic another instance created first joins {@code present} (to be
     * described) instead.
     */
    private Map<String, Outcome> create(List<Topic<?>> missing, Map<String, Integer> wanted, List<String> present)
            throws InterruptedException, ExecutionException {
        Map<String, Outcome> outcomes = new HashMap<>();
        if (missing.isEmpty()) {
            return outcomes;
        }
        Map<String, KafkaFuture<Void>> created = admin.createTopics(missing.stream().map(t ->
                new NewTopic(t.name(), wanted.get(t.name()), replicationFactor).configs(t.spec().configs())).toList())
                .values();
        for (Topic<?> topic : missing) {
            try {
                created.get(topic.name()).get();
                outcomes.put(topic.name(), new Outcome(topic.name(), true, wanted.get(topic.name()), null));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                present.add(topic.name());
            }
        }
        return outcomes;
    }

    private Map<String, Outcome> describe(List<String> names, Map<String, Integer> wanted)
            throws InterruptedException, ExecutionException {
        Map<String, Outcome> outcomes = new HashMap<>();
        if (names.isEmpty()) {
            return outcomes;
        }
        Map<String, TopicDescription> d = admin.describeTopics(names).allTopicNames().get();
        for (String name : names) {
            int actual = d.get(name).partitions().size();
            String warning = actual == wanted.get(name) ? null
                    : "topic " + name + " has " + actual + " partitions, configuration wants " + wanted.get(name)
                            + "; left unchanged";
            outcomes.put(name, new Outcome(name, false, actual, warning));
        }
        return outcomes;
    }
}
