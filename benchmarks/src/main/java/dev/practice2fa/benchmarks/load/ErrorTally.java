package dev.practice2fa.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts failures by reason, keeping a few distinct reasons so that a report can say why a
 * step failed without holding one message per failed operation.
 */
final class ErrorTally {
    private static final int MAX_REASONS = 8;
    private static final String OTHER = "other reasons";

    private final Map<String, LongAdder> byReason = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void add(String reason) {
        total.increment();
        String key = byReason.size() < MAX_REASONS || byReason.containsKey(reason) ? reason : OTHER;
        byReason.computeIfAbsent(key, ignored -> new LongAdder()).increment();
    }

    long total() {
        return total.sum();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> copy = new LinkedHashMap<>();
        byReason.forEach((reason, count) -> copy.put(reason, count.sum()));
        return copy;
    }
}
