package dev.practice2fa.benchmarks.scenario.api;

/**
 * The sign-in decision the challenge service gives.
 *
 * @param outcome {@code NOT_REQUIRED}, {@code OPTIONAL}, {@code REQUIRED} or
 *     {@code ENROLMENT_REQUIRED}
 * @param challengeId the challenge opened for this sign-in
 */
public record Decision(String outcome, String challengeId) {
}
