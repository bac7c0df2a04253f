package dev.practice2fa.benchmarks.scenario;

import dev.practice2fa.benchmarks.load.Operation;

/**
 * One thing the benchmarks measure. Everything an operation needs that is not itself measured
 * (practices, members, enrolled factors, challenges, codes) is made in {@link #prepare}, before
 * the step's clock starts.
 */
public interface Scenario extends AutoCloseable {
    /** A short name for file names and anchors, such as {@code sms-verification}. */
    String slug();

    /** What is measured, in words for the report. */
    String title();

    /**
     * Readies the fixtures for the next step.
     *
     * @throws ScenarioUnavailable when the services lack what the scenario needs
     */
    void prepare(StepPlan plan);

    /** The measured operation; operation {@code index} uses the fixtures prepared for it. */
    Operation operation();

    @Override
    default void close() {
    }
}
