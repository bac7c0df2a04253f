package dev.practice2fa.challenge.decision;

import java.util.List;

/**
 * The decision for one sign-in.
 *
 * @param decision what the front end must do
 * @param methods the methods that may be used, preferred first: to verify when the decision is
 *     {@code REQUIRED}, to set up otherwise
 * @param rules the rules of the practices that govern this sign-in
 * @param verifyWith the user's own methods, to be verified before set-up, when the decision is
 *     {@code ENROLMENT_REQUIRED} for a user who has factors the practices no longer accept
 */
public record DecisionOutcome(Decision decision, List<Method> methods, List<PracticeRule> rules,
        List<Method> verifyWith) {
    public DecisionOutcome {
        methods = List.copyOf(methods);
        rules = List.copyOf(rules);
        verifyWith = List.copyOf(verifyWith);
    }

    public DecisionOutcome(Decision decision, List<Method> methods, List<PracticeRule> rules) {
        this(decision, methods, rules, List.of());
    }

    /** The practices whose rule {@code method} satisfies, for the front end to step up elsewhere. */
    public List<String> practicesSatisfiedBy(Method method) {
        return rules.stream()
                .filter(rule -> rule.allows(method))
                .map(PracticeRule::practiceId)
                .toList();
    }
}
