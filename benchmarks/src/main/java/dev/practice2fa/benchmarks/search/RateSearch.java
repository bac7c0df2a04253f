package dev.practice2fa.benchmarks.search;

import dev.practice2fa.benchmarks.load.StepResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the highest arrival rate a scenario sustains: it climbs until a step's p99 exceeds the
 * bound or an error appears (and does so again when the step is run again), or the highest
 * rate is reached, then narrows the gap between the last rate that held and the first that
 * did not.
 *
 * <p>Until some rate has held, a miss does not end the climb at once: under a light load every
 * request wakes sleeping threads of the service, Redis and PostgreSQL, which on a virtual
 * machine can cost more than the work itself, so a light load may miss a bound that a heavier
 * one keeps.
 */
public final class RateSearch {
    /** Gaps narrower than this share of the held rate are not worth another step. */
    private static final double CLOSE_ENOUGH = 0.05;
    /** Rates that may miss before any rate has held, before the search gives up. */
    static final int MISSES_BEFORE_ANY_HOLD = 3;

    private final SearchSettings settings;

    public RateSearch(SearchSettings settings) {
        this.settings = settings;
    }

    /** A step holds when every planned operation succeeded within the p99 bound. */
    public static boolean holds(StepResult step, Duration p99Bound) {
        return step.errors() == 0
                && step.succeeded() == step.planned()
                && step.latency().p99Micros() <= p99Bound.toNanos() / 1000;
    }

    public SearchResult search(StepRunner runner) {
        List<StepResult> steps = new ArrayList<>();
        StepResult held = null;
        StepResult failed = null;
        double rate = settings.startRate();
        int missesBeforeAnyHold = 0;
        while (failed == null) {
            StepResult step = runner.run(rate);
            steps.add(step);
            for (int retry = 0; retry < settings.retries() && !holds(step, settings.p99Bound()); retry++) {
                step = runner.run(rate);
                steps.add(step);
            }
            if (!holds(step, settings.p99Bound())) {
                boolean mayClimbOn = held == null && ++missesBeforeAnyHold < MISSES_BEFORE_ANY_HOLD
                        && rate < settings.maxRate();
                if (mayClimbOn) {
                    rate = nextRate(rate);
                } else {
                    failed = step;
                }
            } else {
                held = step;
                if (rate >= settings.maxRate()) {
                    break;
                }
                rate = nextRate(rate);
            }
        }
        String stopReason = failed == null ? reachedTop() : describe(failed);
        for (int round = 0; round < settings.refinements() && worthNarrowing(held, failed); round++) {
            double between = Math.sqrt(held.ratePerSecond() * failed.ratePerSecond());
            StepResult step = runner.run(Math.round(between));
            steps.add(step);
            if (holds(step, settings.p99Bound())) {
                held = step;
            } else {
                failed = step;
            }
        }
        return new SearchResult(steps, Optional.ofNullable(held), stopReason, settings.p99Bound());
    }

    /** The next rate of the climb: a whole number, always higher, never above the top. */
    private double nextRate(double rate) {
        return Math.min(settings.maxRate(), Math.max(rate + 1, Math.round(rate * settings.factor())));
    }

    private static boolean worthNarrowing(StepResult held, StepResult failed) {
        return held != null && failed != null
                && failed.ratePerSecond() - held.ratePerSecond() > held.ratePerSecond() * CLOSE_ENOUGH
                && failed.ratePerSecond() - held.ratePerSecond() >= 2;
    }

    private String reachedTop() {
        return String.format(Locale.ROOT, "reached the highest rate tried, %.0f/s", settings.maxRate());
    }

    private String describe(StepResult failed) {
        if (failed.errors() > 0) {
            return String.format(Locale.ROOT, "%d errors at %.0f/s (%s)", failed.errors(),
                    failed.ratePerSecond(), String.join("; ", failed.errorReasons().keySet()));
        }
        return String.format(Locale.ROOT, "p99 %.2f ms above the bound of %d ms at %.0f/s",
                failed.latency().p99Millis(), settings.p99Bound().toMillis(), failed.ratePerSecond());
    }
}
