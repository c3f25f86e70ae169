package io.tickflow.schemas.registry;

/** Confluent's default subject naming: {@code <topic>-key} for keys, {@code <topic>-value} for values. */
public final class TopicNameStrategy {

    private TopicNameStrategy() {
    }

    /**
     * @param topic Kafka topic name, not null
     * @param isKey true for the record key, false for the value
     * @return the subject under which the schema is registered
     */
    public static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
