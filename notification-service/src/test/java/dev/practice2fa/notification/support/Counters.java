package dev.practice2fa.notification.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Reads the service's own counters, so a test knows when a redelivery has been handled. */
public final class Counters {
    private Counters() {
    }

    public static double count(MeterRegistry registry, String name, String channel) {
        Counter counter = registry.find(name).tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }
}
