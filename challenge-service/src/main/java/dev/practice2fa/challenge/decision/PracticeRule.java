package dev.practice2fa.challenge.decision;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one practice's setting asks of its members at sign-in.
 *
 * @param practiceId the practice
 * @param mandatory whether a second factor is required
 * @param offersSetUp whether a member without a factor is offered set-up
 * @param allowed the methods that satisfy the practice
 * @param preferred the method the practice puts first, if any
 */
public record PracticeRule(String practiceId, boolean mandatory, boolean offersSetUp, Set<Method> allowed,
        Optional<Method> preferred) {

    public PracticeRule {
        allowed = Set.copyOf(allowed);
    }

    /**
     * The rule of a practice's setting; a practice whose setting is unknown here counts as
     * mandatory with no method restriction, so that a missing event never lets anyone in.
     */
    public static PracticeRule of(String practiceId, Optional<Setting> setting) {
        if (setting.isEmpty()) {
            return new PracticeRule(practiceId, true, true, EnumSet.allOf(Method.class), Optional.empty());
        }
        Optional<Method> preference = Optional.ofNullable(Method.parse(setting.get().methodPreference()));
        return switch (setting.get().mode()) {
            case "ENABLED_MANDATORY" -> new PracticeRule(practiceId, true, true,
                    preference.map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Method.class)), preference);
            case "ENABLED_OPTIONAL" -> new PracticeRule(practiceId, false, true, EnumSet.allOf(Method.class),
                    preference);
            case "DISABLED" -> new PracticeRule(practiceId, false, false, EnumSet.allOf(Method.class),
                    Optional.empty());
            default -> of(practiceId, Optional.empty());
        };
    }

    public boolean allows(Method method) {
        return allowed.contains(method);
    }

    /** A practice's two-factor setting as the policy service publishes it. */
    public record Setting(String mode, String methodPreference) {
    }
}
