package dev.practice2fa.benchmarks.scenario;

import dev.practice2fa.benchmarks.Progress;
import dev.practice2fa.benchmarks.load.ArrivalSchedule;
import dev.practice2fa.benchmarks.load.LoadGenerator;
import dev.practice2fa.benchmarks.load.StepLimits;
import dev.practice2fa.benchmarks.load.StepResult;
import dev.practice2fa.benchmarks.search.RateSearch;
import dev.practice2fa.benchmarks.search.SearchResult;
import dev.practice2fa.benchmarks.search.SearchSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a scenario's rate search: one unrecorded warm-up at a few times the starting rate so
 * the JIT has compiled the hot path, then every step with its own fixtures and a pause between
 * steps for work the last one left behind (events, sends) to drain. Each step also reads the CPU
 * time the services used while it ran, fixtures excluded.
 */
public final class ScenarioRunner {
    /** The warm-up runs at this multiple of the search's starting rate. */
    static final double WARM_UP_FACTOR = 4;

    private final LoadGenerator generator = new LoadGenerator();
    private final StepLimits limits;
    private final Duration warmUp;
    private final Duration settle;
    private final Supplier<Optional<Duration>> servicesCpu;

    /** @param servicesCpu the CPU time the services have used so far, when it can be read */
    public ScenarioRunner(StepLimits limits, Duration warmUp, Duration settle,
            Supplier<Optional<Duration>> servicesCpu) {
        this.limits = limits;
        this.warmUp = warmUp;
        this.settle = settle;
        this.servicesCpu = servicesCpu;
    }

    public SearchResult search(Scenario scenario, SearchSettings settings) {
        if (!warmUp.isZero()) {
            double rate = Math.min(settings.maxRate(), settings.startRate() * WARM_UP_FACTOR);
            Progress.say("%s: warming up at %.0f/s for %d s", scenario.slug(), rate, warmUp.toSeconds());
            step(scenario, rate, limits.withDuration(warmUp));
        }
        return new RateSearch(settings).search(rate -> reported(scenario, rate));
    }

    private StepResult reported(Scenario scenario, double rate) {
        StepResult result = step(scenario, rate, limits);
        Progress.say("%s: %.0f/s -> p50 %.2f ms, p99 %.2f ms, %d errors", scenario.slug(), rate,
                result.latency().p50Millis(), result.latency().p99Millis(), result.errors());
        return result;
    }

    private StepResult step(Scenario scenario, double rate, StepLimits stepLimits) {
        int operations = new ArrivalSchedule(rate, stepLimits.duration(), stepLimits.maxOperations())
                .operations();
        scenario.prepare(new StepPlan(rate, operations));
        Optional<Duration> before = servicesCpu.get();
        StepResult result = generator.run(rate, scenario.operation(), stepLimits);
        Optional<Duration> after = servicesCpu.get();
        pause();
        return result.withServicesCpu(before.flatMap(start -> after.map(end -> end.minus(start))));
    }

    private void pause() {
        try {
            Thread.sleep(settle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between steps", e);
        }
    }
}
