package dev.practice2fa.benchmarks.scenario;

/**
 * What the next step will ask of a scenario.
 *
 * @param ratePerSecond the arrival rate of the step
 * @param operations operations the step starts, numbered from 0
 */
public record StepPlan(double ratePerSecond, int operations) {
}
