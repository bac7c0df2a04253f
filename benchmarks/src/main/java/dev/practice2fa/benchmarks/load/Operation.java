package dev.practice2fa.benchmarks.load;

import java.util.concurrent.CompletionStage;

/**
 * One unit of work the load generator starts at its intended time. What counts as the end of
 * the work is the operation's to say (an HTTP answer, an event seen on Kafka, a message at the
 * SMS stand-in), so it answers with the moment that end happened.
 */
@FunctionalInterface
public interface Operation {
    /**
     * Starts operation number {@code index}, which was due at {@code intendedNanos}.
     *
     * @return completes with the {@link System#nanoTime()} at which the measured work ended,
     *     or fails when the work failed
     */
    CompletionStage<Long> start(int index, long intendedNanos);
}
