package dev.practice2fa.challenge.challenge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a verification. A wrong, expired, replayed or reused code all get the same
 * answer: not verified, and the attempts left.
 *
 * @param verified whether the challenge is now satisfied
 * @param method the method that satisfied it ({@code RECOVERY_CODE} for a recovery code)
 * @param attemptsLeft attempts the challenge still has, when not verified
 * @param satisfiedPractices the practices whose rule the verified method satisfies
 * @param enrolmentRequired true when the user proved an existing factor and must now set up one
 *     of the challenge's methods, which completes it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationAnswer(boolean verified, String method, Integer attemptsLeft,
        List<String> satisfiedPractices, Boolean enrolmentRequired) {

    public static VerificationAnswer wrong(int attemptsLeft) {
        return new VerificationAnswer(false, null, attemptsLeft, null, null);
    }

    public static VerificationAnswer verified(String method, List<String> practices) {
        return new VerificationAnswer(true, method, null, practices, null);
    }

    public static VerificationAnswer proven(String method) {
        return new VerificationAnswer(true, method, null, List.of(), Boolean.TRUE);
    }
}
