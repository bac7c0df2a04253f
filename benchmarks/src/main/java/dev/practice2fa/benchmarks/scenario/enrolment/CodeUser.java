package dev.practice2fa.benchmarks.scenario.enrolment;

/**
 * A user of this run with an active SMS or email factor.
 *
 * @param userId the user
 * @param destination the phone number or mail address the codes go to
 */
public record CodeUser(String userId, String destination) {
}
