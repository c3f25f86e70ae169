package io.tickflow.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium for tests: installed with apt-get when absent; {@link #available} says if it runs. */
public final class Chromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** True when Chromium is there, after trying {@code apt-get install -y chromium} once if it was not. */
    public static boolean available() throws InterruptedException {
        if (Files.isExecutable(BINARY)) {
            return true;
        }
        try {
            Process install = new ProcessBuilder("apt-get", "install", "-y", "chromium").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            install.waitFor(10, TimeUnit.MINUTES);
        } catch (IOException noAptGet) {
            return false;
        }
        return Files.isExecutable(BINARY);
    }

    /**
     * The DOM of {@code page} after it loaded (scripts run, {@code --virtual-time-budget} lets load handlers
     * finish), from a fresh profile folder; no network, no GPU, no sandbox (tests may run as root).
     */
    static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        Path dom = profile.resolveSibling("dom.html");
        Process chromium = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                page.toUri().toString()))
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IOException("chromium did not finish within 90 s");
        }
        return Files.readString(dom);
    }
}
