package dev.practice2fa.benchmarks.scenario.signin;

import dev.practice2fa.benchmarks.load.Operation;
import dev.practice2fa.benchmarks.scenario.Scenario;
import dev.practice2fa.benchmarks.scenario.StepPlan;
import dev.practice2fa.benchmarks.scenario.api.ChallengeApi;
import dev.practice2fa.benchmarks.scenario.api.PolicyApi;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import dev.practice2fa.benchmarks.scenario.fixtures.MandateInForce;
import dev.practice2fa.benchmarks.scenario.fixtures.RunNames;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The sign-in decision for members of one practice where two-factor authentication is
 * mandatory: the question the sign-in front end asks after every password step.
 */
public final class SignInDecisionScenario implements Scenario {
    static final String KIND = "signin";
    static final int MEMBERS = 50;
    static final String MANDATORY = "ENABLED_MANDATORY";
    static final String ANY_METHOD = "OPTIONAL";

    private final PolicyApi policy;
    private final ChallengeApi challenge;
    private final RunNames names;
    private final Fixtures fixtures;
    private final String practiceId;
    private final List<String> members;
    private boolean ready;

    public SignInDecisionScenario(PolicyApi policy, ChallengeApi challenge, RunNames names,
            Fixtures fixtures) {
        this.policy = policy;
        this.challenge = challenge;
        this.names = names;
        this.fixtures = fixtures;
        this.practiceId = names.practice(KIND, 0);
        this.members = IntStream.range(0, MEMBERS).mapToObj(i -> names.user(KIND, i)).toList();
    }

    @Override
    public String slug() {
        return "sign-in-decision";
    }

    @Override
    public String title() {
        return "Sign-in decision in a practice where 2FA is mandatory";
    }

    @Override
    public void prepare(StepPlan plan) {
        if (ready) {
            return;
        }
        String admin = names.user(KIND + "-admin", 0);
        fixtures.await(policy.registerPractice(practiceId, "Benchmark Sign-in Clinic"));
        fixtures.await(policy.addMember(practiceId, admin, PolicyApi.FULL_ACCESS, names.email(admin)));
        fixtures.make(MEMBERS, i -> policy.addMember(practiceId, members.get(i), PolicyApi.STANDARD,
                names.email(members.get(i))));
        long version = fixtures.await(policy.readVersion(practiceId, admin));
        fixtures.await(policy.changeSetting(practiceId, admin, MANDATORY, ANY_METHOD, version));
        MandateInForce.await(challenge, fixtures, practiceId, admin);
        ready = true;
    }

    @Override
    public Operation operation() {
        return (index, intended) -> challenge.decide(members.get(index % MEMBERS), practiceId)
                .thenApply(answer -> {
                    ChallengeApi.decisionOf(answer);
                    return answer.receivedAtNanos();
                });
    }
}
