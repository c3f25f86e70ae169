package io.tickflow.cli.live;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Polygon's stocks WebSocket on 127.0.0.1, speaking the same protocol: {@code connected} status
 * on open, {@code auth} answered with {@code auth_success} (or {@code auth_failed} and a close, on demand),
 * {@code subscribe} answered with {@code success}; then whatever frames the test plays, at real pace if asked.
 * It also sends malformed frames and drops the connection on demand, and answers pings. One client at a time is
 * enough for the feed, which holds one connection.
 */
final class LocalPolygonFeed implements AutoCloseable {
    /** A frame to send {@code atMillis} after a playback starts. */
    record TimedFrame(long atMillis, String text) {
    }

    private final ServerSocket server;
    private final String expectedKey;
    private final Thread acceptor;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private volatile boolean refuseKeys;
    private volatile Connection current;

    private LocalPolygonFeed(String expectedKey) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.expectedKey = expectedKey;
        this.acceptor = new Thread(this::acceptLoop, "local-polygon-feed");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts on a free port; only {@code expectedKey} authenticates. */
    static LocalPolygonFeed start(String expectedKey) throws IOException {
        return new LocalPolygonFeed(expectedKey);
    }

    URI url() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/stocks");
    }

    /** From now on every key is refused, as Polygon refuses a wrong one. */
    void refuseEveryKey() {
        refuseKeys = true;
    }

    /** Text messages the clients sent, in order (auth, subscribe, …). */
    List<String> received() {
        return List.copyOf(received);
    }

    int connections() {
        return connections.get();
    }

    int subscriptions() {
        return subscriptions.get();
    }

    /** Waits until the {@code n}-th subscribe message has been answered. */
    void awaitSubscriptions(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (subscriptions.get() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no subscription #" + n + " within " + timeout + "; got " + subscriptions.get());
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
    }

    /** Sends one text frame to the client as is (valid or not). */
    void send(String text) throws IOException {
        connection().sendText(text);
    }

    /** Sends the frames at their times after now (real pace); returns when the last is sent. */
    void play(List<TimedFrame> frames) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (TimedFrame frame : frames) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(frame.atMillis());
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            send(frame.text());
        }
    }

    /** Drops the current connection from the server side, without a close frame (as a network failure would). */
    void disconnect() throws IOException {
        connection().socket.close();
    }

    @Override
    public void close() throws IOException {
        server.close();
        Connection c = current;
        if (c != null) {
            c.socket.close();
        }
    }

    private Connection connection() {
        Connection c = current;
        if (c == null) {
            throw new IllegalStateException("no client connected");
        }
        return c;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Connection connection = new Connection(socket);
                Thread t = new Thread(connection::serve, "local-polygon-feed-" + connections.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** One client: handshake, then its frames. */
    private final class Connection {
        private final Socket socket;
        private OutputStream out;

        Connection(Socket socket) {
            this.socket = socket;
        }

        void serve() {
            try (socket) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
                out = socket.getOutputStream();
                handshake(in);
                current = this;
                sendText("[{\"ev\":\"status\",\"status\":\"connected\",\"message\":\"Connected Successfully\"}]");
                readFrames(in);
            } catch (IOException e) {
                // the client or the test closed the socket
            }
        }

        private void handshake(DataInputStream in) throws IOException {
            String key = null;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            if (key == null) {
                throw new IOException("not a WebSocket upgrade request");
            }
            String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + WebSocketFrames.acceptFor(key) + "\r\n\r\n";
            synchronized (this) {
                out.write(response.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }

        private void readFrames(DataInputStream in) throws IOException {
            StringBuilder message = new StringBuilder();
            while (true) {
                WebSocketFrames.Frame frame = WebSocketFrames.read(in);
                switch (frame.opcode()) {
                    case WebSocketFrames.TEXT, WebSocketFrames.CONTINUATION -> {
                        message.append(frame.text());
                        if (frame.fin()) {
                            onMessage(message.toString());
                            message.setLength(0);
                        }
                    }
                    case WebSocketFrames.PING -> write(WebSocketFrames.PONG, frame.payload());
                    case WebSocketFrames.CLOSE -> {
                        write(WebSocketFrames.CLOSE, frame.payload());
                        return;
                    }
                    default -> { }
                }
            }
        }

        private void onMessage(String text) throws IOException {
            received.add(text);
            if (text.contains("\"action\":\"auth\"")) {
                boolean good = !refuseKeys && text.contains("\"params\":\"" + expectedKey + "\"");
                sendText(good ? "[{\"ev\":\"status\",\"status\":\"auth_success\",\"message\":\"authenticated\"}]"
                        : "[{\"ev\":\"status\",\"status\":\"auth_failed\",\"message\":\"authentication failed\"}]");
                if (!good) {
                    write(WebSocketFrames.CLOSE, new byte[] {0x03, (byte) 0xE8}); // 1000 normal closure
                }
            } else if (text.contains("\"action\":\"subscribe\"")) {
                String params = text.replaceAll(".*\"params\":\"([^\"]*)\".*", "$1");
                sendText("[{\"ev\":\"status\",\"status\":\"success\",\"message\":\"subscribed to: " + params + "\"}]");
                subscriptions.incrementAndGet();
            }
        }

        void sendText(String text) throws IOException {
            write(WebSocketFrames.TEXT, text.getBytes(StandardCharsets.UTF_8));
        }

        private synchronized void write(int opcode, byte[] payload) throws IOException {
            WebSocketFrames.write(out, opcode, payload);
        }

        private String readLine(DataInputStream in) throws IOException {
            List<Byte> bytes = new ArrayList<>();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed during the handshake");
                }
                if (b != '\r') {
                    bytes.add((byte) b);
                }
            }
            byte[] line = new byte[bytes.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = bytes.get(i);
            }
            return new String(line, StandardCharsets.US_ASCII);
        }
    }
}
