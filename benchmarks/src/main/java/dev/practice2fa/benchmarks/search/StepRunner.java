package dev.practice2fa.benchmarks.search;

import dev.practice2fa.benchmarks.load.StepResult;

/** Runs one step of a scenario at a given arrival rate, fixtures and all. */
@FunctionalInterface
public interface StepRunner {
    StepResult run(double ratePerSecond);
}
