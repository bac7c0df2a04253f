package dev.practice2fa.challenge.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decision table and the several-practices rule. A sign-in naming a practice passes that
 * practice's rule alone; one naming none passes the rules of all the user's practices.
 */
public final class DecisionRules {
    private DecisionRules() {
    }

    /**
     * @param rules the rules that govern this sign-in
     * @param activeMethods the methods of the user's confirmed factors
     */
    public static DecisionOutcome decide(List<PracticeRule> rules, Set<Method> activeMethods) {
        List<Method> acceptable = preferenceOrder(rules).stream()
                .filter(acceptableMethods(rules)::contains)
                .toList();
        List<Method> usable = acceptable.stream().filter(activeMethods::contains).toList();
        boolean mandatory = rules.stream().anyMatch(PracticeRule::mandatory);

        if (!usable.isEmpty()) {
            return new DecisionOutcome(Decision.REQUIRED, usable, rules);
        }
        if (!activeMethods.isEmpty()) {
            // Challenged all the same: the password alone must not add a factor to the account.
            List<Method> own = Method.DEFAULT_ORDER.stream().filter(activeMethods::contains).toList();
            return new DecisionOutcome(Decision.ENROLMENT_REQUIRED, acceptable, rules, own);
        }
        if (mandatory) {
            return new DecisionOutcome(Decision.ENROLMENT_REQUIRED, acceptable, rules);
        }
        boolean offered = rules.stream().anyMatch(PracticeRule::offersSetUp);
        return new DecisionOutcome(offered ? Decision.OPTIONAL : Decision.NOT_REQUIRED, acceptable, rules);
    }

    /**
     * The intersection of the mandated methods; when that is empty, any mandated method, and the
     * verification answer tells which practices the verified method satisfies.
     */
    static Set<Method> acceptableMethods(List<PracticeRule> rules) {
        List<PracticeRule> mandated = rules.stream().filter(PracticeRule::mandatory).toList();
        if (mandated.isEmpty()) {
            return EnumSet.allOf(Method.class);
        }
        Set<Method> intersection = EnumSet.allOf(Method.class);
        Set<Method> union = EnumSet.noneOf(Method.class);
        for (PracticeRule rule : mandated) {
            intersection.retainAll(rule.allowed());
            union.addAll(rule.allowed());
        }
        return intersection.isEmpty() ? union : intersection;
    }

    /** Mandating practices' preferences first, then the others', then the default order. */
    static List<Method> preferenceOrder(List<PracticeRule> rules) {
        Set<Method> order = new LinkedHashSet<>();
        rules.stream().filter(PracticeRule::mandatory).map(PracticeRule::preferred)
                .flatMap(Optional::stream).forEach(order::add);
        rules.stream().filter(rule -> !rule.mandatory()).map(PracticeRule::preferred)
                .flatMap(Optional::stream).forEach(order::add);
        order.addAll(Method.DEFAULT_ORDER);
        return new ArrayList<>(order);
    }
}
