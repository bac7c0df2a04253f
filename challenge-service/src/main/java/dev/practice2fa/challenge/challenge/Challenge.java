package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.decision.Decision;
import dev.practice2fa.challenge.decision.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sign-in challenge as Redis holds it.
 *
 * @param id the challenge id
 * @param userId whose sign-in it is
 * @param practiceId the practice named at sign-in, or null
 * @param decision the decision it was issued with
 * @param methods the methods that may satisfy it, preferred first
 * @param practiceMethods for each governing practice, the methods its rule allows
 * @param status OPEN, VERIFIED, FAILED or NOT_REQUIRED
 * @param attemptsUsed attempts taken so far
 * @param verifyWith the user's methods that must verify an enrolment challenge before set-up
 * @param proven whether one of them did
 */
public record Challenge(String id, String userId, String practiceId, Decision decision,
        List<Method> methods, Map<String, Set<Method>> practiceMethods, String status,
        int attemptsUsed, List<Method> verifyWith, boolean proven) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** Whether set-up must wait until one of the user's own factors verified this challenge. */
    public boolean awaitsProof() {
        return decision == Decision.ENROLMENT_REQUIRED && !verifyWith.isEmpty() && !proven;
    }

    /** The methods a code may be sent for and verified with now; empty when none. */
    public List<Method> proofMethods() {
        if (decision == Decision.REQUIRED) {
            return methods;
        }
        return awaitsProof() ? verifyWith : List.of();
    }

    /** The governing practices whose rule {@code method} satisfies. */
    public List<String> practicesSatisfiedBy(Method method) {
        return practiceMethods.entrySet().stream()
                .filter(entry -> method == null || entry.getValue().contains(method))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Whether an enrolment may run under this challenge: set-up was asked for or offered. */
    public boolean allowsEnrolment() {
        return isOpen()
                && (decision == Decision.ENROLMENT_REQUIRED || decision == Decision.OPTIONAL);
    }
}
