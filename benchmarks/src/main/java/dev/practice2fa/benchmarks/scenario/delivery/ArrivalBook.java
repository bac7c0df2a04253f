package dev.practice2fa.benchmarks.scenario.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Matches what arrived at a destination to the sends that wait for it: an arrival completes
 * the oldest waiting send to that destination made no later than the arrival. An arrival
 * earlier than every waiting send belongs to an older send nobody waits for, and is dropped.
 */
final class ArrivalBook {
    /** Wall-clock stamps are whole milliseconds; an arrival may look up to this much early. */
    private static final long STAMP_TOLERANCE_NANOS = 1_000_000;

    private record Waiter(long sentAtNanos, CompletableFuture<Long> arrival) {
    }

    private final Map<String, Deque<Waiter>> waiting = new HashMap<>();

    synchronized CompletableFuture<Long> expect(String destination, long sentAtNanos) {
        CompletableFuture<Long> arrival = new CompletableFuture<>();
        waiting.computeIfAbsent(destination, ignored -> new ArrayDeque<>())
                .addLast(new Waiter(sentAtNanos, arrival));
        return arrival;
    }

    synchronized void arrived(String destination, long atNanos) {
        Deque<Waiter> queue = waiting.get(destination);
        if (queue == null) {
            return;
        }
        queue.removeIf(waiter -> waiter.arrival().isDone());
        for (Waiter waiter : queue) {
            if (waiter.sentAtNanos() - STAMP_TOLERANCE_NANOS <= atNanos) {
                queue.remove(waiter);
                waiter.arrival().complete(Math.max(atNanos, waiter.sentAtNanos()));
                break;
            }
        }
        if (queue.isEmpty()) {
            waiting.remove(destination);
        }
    }

    /** Destinations somebody still waits for. */
    synchronized Set<String> awaited() {
        waiting.values().forEach(queue -> queue.removeIf(waiter -> waiter.arrival().isDone()));
        waiting.values().removeIf(Deque::isEmpty);
        return Set.copyOf(waiting.keySet());
    }
}
