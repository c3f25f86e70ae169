package io.tickflow.cli.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickflow.cli.report.Chromium;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page open in headless Chromium, inspected through the DevTools protocol ({@code Runtime.evaluate} over the
 * page's WebSocket). Unlike {@code --dump-dom}, it can wait for content that arrives later over a connection that
 * never finishes loading, such as an event stream.
 */
final class DevToolsPage implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process chromium;
    private final WebSocket socket;
    private final Replies replies;
    private int nextId;

    private DevToolsPage(Process chromium, WebSocket socket, Replies replies) {
        this.chromium = chromium;
        this.socket = socket;
        this.replies = replies;
    }

    static DevToolsPage open(URI page, Path profile) throws IOException, InterruptedException {
        Process chromium = new ProcessBuilder(List.of(Chromium.BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-allow-origins=*", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, page.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI browser = devToolsUri(chromium);
            URI pageSocket = pageSocket(browser);
            Replies replies = new Replies();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(pageSocket, replies)
                    .get(30, TimeUnit.SECONDS);
            return new DevToolsPage(chromium, socket, replies);
        } catch (Exception e) {
            chromium.destroyForcibly();
            throw new IOException("cannot drive chromium: " + e.getMessage(), e);
        }
    }

    /** Evaluates a JavaScript expression in the page; its value as a string. */
    String evaluate(String expression) throws Exception {
        int id = ++nextId;
        CompletableFuture<String> reply = replies.expect();
        String request = JSON.writeValueAsString(java.util.Map.of("id", id, "method", "Runtime.evaluate",
                "params", java.util.Map.of("expression", expression, "returnByValue", true)));
        socket.sendText(request, true).get(10, TimeUnit.SECONDS);
        JsonNode result = JSON.readTree(reply.get(10, TimeUnit.SECONDS)).path("result").path("result").path("value");
        return result.isMissingNode() || result.isNull() ? "" : result.asText();
    }

    /** Waits until the page's visible text contains {@code expected}; returns that text. */
    String awaitText(String expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String text = "";
        while (System.nanoTime() < deadline) {
            text = evaluate("document.body ? document.body.innerText : ''");
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("page never showed " + expected + "; it showed:\n" + text);
    }

    private static URI devToolsUri(Process chromium) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IOException("chromium exited without a DevTools address");
    }

    /** The WebSocket of the first page target, from {@code /json/list} of the browser's DevTools port. */
    private static URI pageSocket(URI browser) throws Exception {
        URI list = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : JSON.readTree(body)) {
                if ("page".equals(target.path("type").asText())) {
                    return URI.create(target.path("webSocketDebuggerUrl").asText());
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("chromium opened no page");
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
    }

    /** Collects whole text messages; each evaluation waits for the next reply (one request at a time). */
    private static final class Replies implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile CompletableFuture<String> pending = new CompletableFuture<>();

        CompletableFuture<String> expect() {
            pending = new CompletableFuture<>();
            return pending;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (message.contains("\"id\":")) {
                    pending.complete(message);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
