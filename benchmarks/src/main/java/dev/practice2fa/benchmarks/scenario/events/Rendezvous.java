package dev.practice2fa.benchmarks.scenario.events;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a waiter and the value it waits for meet by key, whichever comes first: an event may
 * be seen before the HTTP answer that names its key has arrived.
 */
final class Rendezvous<K, V> {
    private final Map<K, CompletableFuture<V>> slots = new ConcurrentHashMap<>();

    CompletableFuture<V> expect(K key) {
        return slots.computeIfAbsent(key, ignored -> new CompletableFuture<>());
    }

    void arrive(K key, V value) {
        slots.computeIfAbsent(key, ignored -> new CompletableFuture<>()).complete(value);
    }
}
