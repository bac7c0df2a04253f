package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.decision.Method;
import java.util.List;

/**
 * The answer to {@code GET /users/{userId}/two-factor}.
 *
 * @param userId the user
 * @param factors the user's factors, masked
 * @param recoveryCodesLeft unused recovery codes
 * @param practices what each of the user's practices requires
 */
public record TwoFactorOverview(String userId, List<FactorView> factors, long recoveryCodesLeft,
        List<Requirement> practices) {

    /**
     * What one practice requires of the user.
     *
     * @param practiceId the practice
     * @param practiceName its name, null when its setting has not arrived yet
     * @param mandatory whether a second factor is required
     * @param methods the methods its rule allows
     */
    public record Requirement(String practiceId, String practiceName, boolean mandatory,
            List<Method> methods) {
    }
}
