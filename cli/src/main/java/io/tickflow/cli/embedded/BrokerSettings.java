package io.tickflow.cli.embedded;

import io.tickflow.schemas.topics.TopicSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where and how the embedded broker runs.
 *
 * @param dataDir        KRaft log and metadata folder; created and formatted on first start
 * @param port           client listener port on 127.0.0.1
 * @param controllerPort KRaft controller listener port on 127.0.0.1
 * @param partitionsDefault default partition count of auto-created topics (tickflow creates its topics itself)
 * @param testTuning     smaller internal topics and no rebalance delay, for tests and the demo
 */
public record BrokerSettings(Path dataDir, int port, int controllerPort, int partitionsDefault, boolean testTuning) {
    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    private static final String HOST = "127.0.0.1";

    public BrokerSettings {
        if (port <= 0 || controllerPort <= 0 || port == controllerPort) {
            throw new IllegalArgumentException("broker ports must be distinct and positive: " + port + ", " + controllerPort);
        }
        if (partitionsDefault < 1) {
            throw new IllegalArgumentException("partitionsDefault must be >= 1: " + partitionsDefault);
        }
    }

    /** Settings on two free ephemeral ports, for tests and the demo, so they never collide with a user's Kafka. */
    public static BrokerSettings onFreePorts(Path dataDir) {
        return new BrokerSettings(dataDir, freePort(), freePort(), 1, true);
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** @throws PortInUseException naming the first port already bound */
    void requirePortsFree() {
        requireFree("Kafka client", port);
        requireFree("Kafka controller", controllerPort);
    }

    Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        p.put("num.partitions", Integer.toString(partitionsDefault));
        // A single node: every internal topic must live with one replica, or exactly-once cannot start.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Replayed history carries old record timestamps: never delete by time unless a topic says so.
        p.put("log.retention.ms", "-1");
        // Nor roll segments by time: Kafka measures a segment's age in record time, so a replay at speed rolled every
        // partition's segment every 7 days of market time, all at once (the bench: every ~2 s), and each roll fsyncs
        // the old segment, stalling appends and fetches for up to 100+ ms. Segments roll by size only.
        p.put("log.roll.ms", Long.toString(TopicSpec.UNBOUNDED_SEGMENT_MS));
        p.put("auto.create.topics.enable", "false");
        if (testTuning) {
            p.put("offsets.topic.num.partitions", "1");
            p.put("transaction.state.log.num.partitions", "1");
            p.put("group.initial.rebalance.delay.ms", "0");
            p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
            // The cleaner's 128 MiB dedupe map is cleared on every pass over the compacted changelogs; a profile of
            // the demo showed that clear among the top costs on 2 cores. Small logs need far less.
            p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 << 20));
        }
        return p;
    }

    private static void requireFree(String what, int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new PortInUseException(what, port);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free local port: " + e.getMessage(), e);
        }
    }
}
