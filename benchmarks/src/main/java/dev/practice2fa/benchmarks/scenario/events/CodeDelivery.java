package dev.practice2fa.benchmarks.scenario.events;

/**
 * A code delivery event, with its code opened.
 *
 * @param deliveryId the delivery
 * @param challengeId the challenge the code belongs to, if any
 * @param userId the user it is for
 * @param purpose {@code SIGN_IN} or {@code ENROLMENT}
 * @param code the six digits
 */
public record CodeDelivery(String deliveryId, String challengeId, String userId, String purpose,
        String code) {
}
