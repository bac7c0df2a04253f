package dev.practice2fa.challenge.delivery;

import dev.practice2fa.challenge.decision.Decision;
import dev.practice2fa.challenge.decision.Method;
import java.util.List;

/**
 * A challenge as the sign-in front end sees it, with its deliveries and their outcomes.
 *
 * @param challengeId the challenge
 * @param decision the decision it was issued with
 * @param methods the allowed methods, preferred first
 * @param status OPEN, VERIFIED, FAILED or NOT_REQUIRED
 * @param verifyWith the user's methods that must verify the challenge before set-up, if any
 * @param proven whether one of them did
 * @param attemptsLeft attempts left
 * @param deliveries the codes sent, oldest first
 */
public record ChallengeView(String challengeId, Decision decision, List<Method> methods,
        String status, List<Method> verifyWith, boolean proven, int attemptsLeft,
        List<DeliveryRecord> deliveries) {
}
