package dev.practice2fa.benchmarks.report;

import dev.practice2fa.benchmarks.footprint.ServiceFootprint;
import dev.practice2fa.benchmarks.load.StepResult;
import dev.practice2fa.benchmarks.search.SearchResult;
import java.time.Duration;
import java.util.Optional;

/** Each scenario's ratio to its baseline, and whether it met its target. */
final class Verdicts {
    /** A service answers its first request within this long of its process starting. */
    static final Duration FIRST_REQUEST_TARGET = Duration.ofSeconds(2);
    /** A service keeps at most this much resident memory, in kilobytes (200 MB of 1,024 kB). */
    static final long RESIDENT_TARGET_KILOBYTES = 200L * 1024;

    private Verdicts() {
    }

    /** The scenario's ratio to its yardstick, when both were measured. */
    static Optional<Double> ratio(ScenarioOutcome outcome, Baselines baselines) {
        if (!outcome.search().taken()) {
            return Optional.empty();
        }
        SearchResult search = outcome.search().value().orElseThrow();
        return switch (outcome.yardstick()) {
            case NO_OP_RATE -> baselines.noOp().value()
                    .flatMap(SearchResult::best)
                    .map(noOp -> heldRate(search) / noOp.ratePerSecond());
            case REDIS_GETDEL_RATE -> baselines.redis().value()
                    .map(redis -> heldRate(search) / redis.opsPerSecond());
            case KAFKA_P99 -> baselines.kafka().value()
                    .flatMap(kafka -> search.lightest()
                            .map(step -> step.latency().p99Millis() / kafka.p99ForComparison()));
        };
    }

    static String verdict(ScenarioOutcome outcome, Baselines baselines) {
        Optional<Double> ratio = ratio(outcome, baselines);
        if (ratio.isEmpty()) {
            return "not measured";
        }
        if (outcome.target().isEmpty()) {
            return "no target";
        }
        double median = outcome.search().value()
                .flatMap(SearchResult::lightest)
                .map(step -> step.latency().p50Millis())
                .orElse(Double.MAX_VALUE);
        return outcome.target().get().met(ratio.get(), median) ? "met" : "missed";
    }

    static String footprintVerdict(ServiceFootprint footprint) {
        if (!footprint.firstRequest().taken() || !footprint.residentKilobytes().taken()) {
            return "not measured";
        }
        boolean met = footprint.firstRequest().value().orElseThrow().compareTo(FIRST_REQUEST_TARGET) <= 0
                && footprint.residentKilobytes().value().orElseThrow() <= RESIDENT_TARGET_KILOBYTES;
        return met ? "met" : "missed";
    }

    private static double heldRate(SearchResult search) {
        return search.best().map(StepResult::ratePerSecond).orElse(0.0);
    }
}
