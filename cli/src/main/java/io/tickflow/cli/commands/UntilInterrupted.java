package io.tickflow.cli.commands;

import java.util.concurrent.CountDownLatch;

/** Keeps a foreground service running until Ctrl-C (SIGINT/SIGTERM), then closes it cleanly. */
final class UntilInterrupted {
    private UntilInterrupted() {
    }

    static int run(AutoCloseable service, String readyMessage) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("tickflow: error while stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "tickflow-shutdown"));
        System.out.println(readyMessage + " Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
