package dev.practice2fa.benchmarks.scenario.delivery;

import java.util.concurrent.CompletableFuture;

/** Where sent codes land: the SMS stand-in or the mail server. */
public interface Arrivals extends AutoCloseable {
    /**
     * Waits for the next message to {@code destination} sent at or after {@code sentAtNanos}.
     *
     * @return completes with the {@link System#nanoTime()} at which it arrived
     */
    CompletableFuture<Long> expect(String destination, long sentAtNanos);

    @Override
    void close();
}
