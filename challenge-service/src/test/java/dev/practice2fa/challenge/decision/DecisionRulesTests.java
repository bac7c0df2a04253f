package dev.practice2fa.challenge.decision;

import static dev.practice2fa.challenge.decision.Method.AUTHENTICATOR;
import static dev.practice2fa.challenge.decision.Method.EMAIL;
import static dev.practice2fa.challenge.decision.Method.SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decision table and the several-practices rule, on the pure rules. */
class DecisionRulesTests {
    private static final Set<Method> NO_FACTOR = EnumSet.noneOf(Method.class);

    private static PracticeRule rule(String id, String mode, String preference) {
        return PracticeRule.of(id, Optional.of(new PracticeRule.Setting(mode, preference)));
    }

    @Test
    void disabledPracticeDoesNotPromptAUserWithoutFactor() {
        DecisionOutcome outcome = DecisionRules.decide(List.of(rule("p", "DISABLED", "SMS")), NO_FACTOR);

        assertThat(outcome.decision()).isEqualTo(Decision.NOT_REQUIRED);
        assertThat(outcome.methods()).containsExactly(AUTHENTICATOR, SMS, EMAIL);
    }

    @Test
    void userWithAFactorIsAlwaysChallenged() {
        DecisionOutcome outcome = DecisionRules.decide(List.of(rule("p", "DISABLED", "OPTIONAL")), EnumSet.of(EMAIL));

        assertThat(outcome.decision()).isEqualTo(Decision.REQUIRED);
        assertThat(outcome.methods()).containsExactly(EMAIL);
    }

    @Test
    void optionalPracticeOffersSetUpWithItsPreferenceFirst() {
        DecisionOutcome outcome = DecisionRules.decide(List.of(rule("p", "ENABLED_OPTIONAL", "EMAIL")), NO_FACTOR);

        assertThat(outcome.decision()).isEqualTo(Decision.OPTIONAL);
        assertThat(outcome.methods()).containsExactly(EMAIL, AUTHENTICATOR, SMS);
    }

    @Test
    void mandatoryPracticeWithoutPreferenceAsksForAnyMethod() {
        DecisionOutcome outcome = DecisionRules.decide(List.of(rule("p", "ENABLED_MANDATORY", "OPTIONAL")),
                NO_FACTOR);

        assertThat(outcome.decision()).isEqualTo(Decision.ENROLMENT_REQUIRED);
        assertThat(outcome.methods()).containsExactly(AUTHENTICATOR, SMS, EMAIL);
    }

    @Test
    void mandatoryPracticeWithPreferenceAllowsThatMethodOnly() {
        List<PracticeRule> rules = List.of(rule("p", "ENABLED_MANDATORY", "SMS"));

        assertThat(DecisionRules.decide(rules, NO_FACTOR).methods()).containsExactly(SMS);
        assertThat(DecisionRules.decide(rules, EnumSet.of(SMS, EMAIL)))
                .isEqualTo(new DecisionOutcome(Decision.REQUIRED, List.of(SMS), rules));
        assertThat(DecisionRules.decide(rules, EnumSet.of(EMAIL, AUTHENTICATOR)))
                .isEqualTo(new DecisionOutcome(Decision.ENROLMENT_REQUIRED, List.of(SMS), rules,
                        List.of(AUTHENTICATOR, EMAIL)));
    }

    @Test
    void unknownPracticeCountsAsMandatoryWithoutRestriction() {
        DecisionOutcome outcome = DecisionRules.decide(List.of(PracticeRule.of("p", Optional.empty())), NO_FACTOR);

        assertThat(outcome.decision()).isEqualTo(Decision.ENROLMENT_REQUIRED);
        assertThat(outcome.methods()).containsExactly(AUTHENTICATOR, SMS, EMAIL);
    }

    @Test
    void severalPracticesRequireWhenAnyIsMandatoryAndIntersectTheirMethods() {
        List<PracticeRule> rules = List.of(rule("a", "ENABLED_MANDATORY", "OPTIONAL"),
                rule("b", "ENABLED_MANDATORY", "EMAIL"), rule("c", "DISABLED", "OPTIONAL"));

        DecisionOutcome outcome = DecisionRules.decide(rules, EnumSet.of(EMAIL, SMS));

        assertThat(outcome.decision()).isEqualTo(Decision.REQUIRED);
        assertThat(outcome.methods()).containsExactly(EMAIL);
    }

    @Test
    void emptyIntersectionAcceptsAnyMandatedMethodAndNamesThePracticesItSatisfies() {
        List<PracticeRule> rules = List.of(rule("a", "ENABLED_MANDATORY", "SMS"),
                rule("b", "ENABLED_MANDATORY", "AUTHENTICATOR"), rule("c", "ENABLED_OPTIONAL", "OPTIONAL"));

        DecisionOutcome outcome = DecisionRules.decide(rules, EnumSet.of(SMS, AUTHENTICATOR, EMAIL));

        assertThat(outcome.methods()).containsExactly(SMS, AUTHENTICATOR);
        assertThat(outcome.practicesSatisfiedBy(SMS)).containsExactly("a", "c");
        assertThat(outcome.practicesSatisfiedBy(AUTHENTICATOR)).containsExactly("b", "c");
    }

    @Test
    void noPracticeAndNoFactorNeedsNothing() {
        assertThat(DecisionRules.decide(List.of(), NO_FACTOR).decision()).isEqualTo(Decision.NOT_REQUIRED);
        assertThat(DecisionRules.decide(List.of(), EnumSet.of(SMS)).decision()).isEqualTo(Decision.REQUIRED);
    }
}
