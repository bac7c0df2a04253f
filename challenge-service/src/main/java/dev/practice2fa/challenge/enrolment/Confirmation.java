package dev.practice2fa.challenge.enrolment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a confirmation. A wrong, expired or replayed code gets {@code confirmed: false}
 * and the attempts left; a right one activates the factor.
 *
 * @param confirmed whether the factor is now active
 * @param factorId the factor
 * @param status its status
 * @param attemptsLeft attempts left, when not confirmed
 * @param recoveryCodes the user's new recovery codes, shown once, when this was the first factor
 * @param challengeCompleted whether this completed the sign-in challenge it ran under
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Confirmation(boolean confirmed, String factorId, FactorStatus status, Integer attemptsLeft,
        List<String> recoveryCodes, Boolean challengeCompleted) {

    public static Confirmation wrong(String factorId, int attemptsLeft) {
        return new Confirmation(false, factorId, FactorStatus.PENDING, attemptsLeft, null, null);
    }
}
