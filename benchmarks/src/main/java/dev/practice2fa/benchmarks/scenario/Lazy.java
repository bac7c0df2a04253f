package dev.practice2fa.benchmarks.scenario;

import java.util.function.Supplier;

/**
 * Something several scenarios share, such as a Kafka consumer, started by the first scenario
 * that needs it, so that a scenario the services cannot serve yet fails on its own while the
 * others run. A start that fails is tried again by the next scenario.
 */
public final class Lazy<T extends AutoCloseable> implements Supplier<T>, AutoCloseable {
    private final Supplier<T> starter;
    private T value;

    public Lazy(Supplier<T> starter) {
        this.starter = starter;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = starter.get();
        }
        return value;
    }

    @Override
    public synchronized void close() throws Exception {
        if (value != null) {
            value.close();
            value = null;
        }
    }
}
