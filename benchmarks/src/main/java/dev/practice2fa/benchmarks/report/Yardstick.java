package dev.practice2fa.benchmarks.report;

/** The baseline a scenario is compared with, and how. */
public enum Yardstick {
    /** Highest rate held, over the no-op endpoint's highest rate held. */
    NO_OP_RATE("no-op endpoint's rate"),
    /** Highest rate held, over redis-benchmark's GETDEL rate at the same concurrency. */
    REDIS_GETDEL_RATE("Redis GETDEL rate"),
    /** p99 under light load (the lowest step), over Kafka's own end-to-end p99. */
    KAFKA_P99("Kafka end-to-end p99");

    private final String words;

    Yardstick(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean comparesRates() {
        return this != KAFKA_P99;
    }
}
