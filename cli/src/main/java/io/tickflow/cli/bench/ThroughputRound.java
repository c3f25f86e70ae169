package io.tickflow.cli.bench;

/** One measured round of a throughput bench: the same records through raw Kafka and through tickflow. */
public interface ThroughputRound {
    long records();

    double rawSeconds();

    double tickflowSeconds();

    default double rawPerSecond() {
        return records() / rawSeconds();
    }

    default double tickflowPerSecond() {
        return records() / tickflowSeconds();
    }

    /** tickflow's rate as a fraction of raw Kafka's. */
    default double ratio() {
        return rawSeconds() / tickflowSeconds();
    }
}
