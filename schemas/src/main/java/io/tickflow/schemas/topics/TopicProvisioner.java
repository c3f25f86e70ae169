package io.tickflow.schemas.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.ToIntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
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
     * @param partitions the partition count wanted per topic (usually {@code t -> t.spec().partitions()})
     */
    public List<Outcome> ensure(Collection<Topic<?>> topics, ToIntFunction<Topic<?>> partitions) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<Outcome> outcomes = new ArrayList<>();
            for (Topic<?> topic : topics) {
                int wanted = partitions.applyAsInt(topic);
                outcomes.add(existing.contains(topic.name()) ? describe(topic, wanted) : create(topic, wanted));
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot list or create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    private Outcome create(Topic<?> topic, int partitions) throws InterruptedException, ExecutionException {
        NewTopic newTopic = new NewTopic(topic.name(), partitions, replicationFactor).configs(topic.spec().configs());
        try {
            admin.createTopics(List.of(newTopic)).all().get();
            return new Outcome(topic.name(), true, partitions, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return describe(topic, partitions); // created concurrently by another instance
            }
            throw e;
        }
    }

    private Outcome describe(Topic<?> topic, int wanted) throws InterruptedException, ExecutionException {
        Map<String, TopicDescription> d = admin.describeTopics(List.of(topic.name())).allTopicNames().get();
        int actual = d.get(topic.name()).partitions().size();
        String warning = actual == wanted ? null
                : "topic " + topic.name() + " has " + actual + " partitions, configuration wants " + wanted
                        + "; left unchanged";
        return new Outcome(topic.name(), false, actual, warning);
    }
}
