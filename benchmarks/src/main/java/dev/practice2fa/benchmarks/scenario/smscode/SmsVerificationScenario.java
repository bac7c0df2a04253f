package dev.practice2fa.benchmarks.scenario.smscode;

import dev.practice2fa.benchmarks.load.Operation;
import dev.practice2fa.benchmarks.scenario.Scenario;
import dev.practice2fa.benchmarks.scenario.StepPlan;
import dev.practice2fa.benchmarks.scenario.api.ChallengeApi;
import dev.practice2fa.benchmarks.scenario.delivery.Arrivals;
import dev.practice2fa.benchmarks.scenario.enrolment.CodeUser;
import dev.practice2fa.benchmarks.scenario.enrolment.CodeUsers;
import dev.practice2fa.benchmarks.scenario.events.OtpDeliveryTap;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * SMS code verification. Before each step, every verification gets its own challenge and its
 * own code, sent through the real path (challenge service, Kafka, notification service, SMS
 * stand-in) and read back from {@code otp-deliveries} with the code transport key; the step
 * then measures only the verification request.
 */
public final class SmsVerificationScenario implements Scenario {
    /** One verification made ready: its challenge and the code that was sent for it. */
    private record Prepared(String challengeId, String code) {
    }

    private final ChallengeApi challenge;
    private final Supplier<OtpDeliveryTap> deliveries;
    private final Arrivals sms;
    private final CodeUsers users;
    private final Fixtures fixtures;
    private volatile List<Prepared> prepared = List.of();

    public SmsVerificationScenario(ChallengeApi challenge, Supplier<OtpDeliveryTap> deliveries, Arrivals sms,
            CodeUsers users, Fixtures fixtures) {
        this.challenge = challenge;
        this.deliveries = deliveries;
        this.sms = sms;
        this.users = users;
        this.fixtures = fixtures;
    }

    @Override
    public String slug() {
        return "sms-verification";
    }

    @Override
    public String title() {
        return "SMS code verification";
    }

    @Override
    public void prepare(StepPlan plan) {
        deliveries.get();
        List<CodeUser> owners = users.take(plan.operations(), false);
        prepared = fixtures.make(owners.size(), i -> sendCode(owners.get(i)));
    }

    @Override
    public Operation operation() {
        List<Prepared> current = prepared;
        return (index, intended) -> {
            Prepared verification = current.get(index);
            return challenge.verify(verification.challengeId(), ChallengeApi.SMS, verification.code())
                    .thenApply(answer -> ChallengeApi.requireVerified(answer).receivedAtNanos());
        };
    }

    /**
     * Opens a challenge and has its code sent; done when the code has been read from the event
     * and the message has reached the SMS stand-in, so no send is left running into the step.
     */
    private CompletionStage<Prepared> sendCode(CodeUser user) {
        return challenge.decide(user.userId(), null)
                .thenApply(ChallengeApi::decisionOf)
                .thenCompose(decision -> {
                    CompletableFuture<Long> arrival = sms.expect(user.destination(), System.nanoTime());
                    return challenge.sendCode(decision.challengeId(), ChallengeApi.SMS)
                            .thenAccept(answer -> answer.requireSuccess())
                            .thenCompose(sent -> deliveries.get().forChallenge(decision.challengeId()))
                            .thenCombine(arrival, (delivery, arrived) ->
                                    new Prepared(decision.challengeId(), delivery.code()));
                });
    }
}
