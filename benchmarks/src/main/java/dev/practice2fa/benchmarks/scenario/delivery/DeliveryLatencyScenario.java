package dev.practice2fa.benchmarks.scenario.delivery;

import dev.practice2fa.benchmarks.load.Operation;
import dev.practice2fa.benchmarks.scenario.Scenario;
import dev.practice2fa.benchmarks.scenario.StepPlan;
import dev.practice2fa.benchmarks.scenario.api.ChallengeApi;
import dev.practice2fa.benchmarks.scenario.enrolment.CodeUser;
import dev.practice2fa.benchmarks.scenario.enrolment.CodeUsers;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Code delivery latency: from the moment a code is asked for ({@code POST
 * /challenges/{id}/deliveries}, at its intended time) to the moment the message reaches the
 * SMS stand-in or the mail server. Each user appears at most once per step, so an arrival
 * always belongs to exactly one send.
 */
public final class DeliveryLatencyScenario implements Scenario {
    /** One delivery made ready: its challenge and where its message will land. */
    private record Prepared(String challengeId, String destination) {
    }

    private final String method;
    private final ChallengeApi challenge;
    private final Arrivals arrivals;
    private final CodeUsers users;
    private final Fixtures fixtures;
    private volatile List<Prepared> prepared = List.of();

    /** @param method {@link ChallengeApi#SMS} or {@link ChallengeApi#EMAIL_METHOD} */
    public DeliveryLatencyScenario(String method, ChallengeApi challenge, Arrivals arrivals, CodeUsers users,
            Fixtures fixtures) {
        this.method = method;
        this.challenge = challenge;
        this.arrivals = arrivals;
        this.users = users;
        this.fixtures = fixtures;
    }

    @Override
    public String slug() {
        return method.toLowerCase(Locale.ROOT) + "-delivery";
    }

    @Override
    public String title() {
        return ChallengeApi.SMS.equals(method)
                ? "SMS code delivery: code asked for to request at the SMS stand-in"
                : "Email code delivery: code asked for to mail at the SMTP server";
    }

    @Override
    public void prepare(StepPlan plan) {
        List<CodeUser> owners = users.take(plan.operations(), true);
        prepared = fixtures.make(owners.size(), i -> challenge.decide(owners.get(i).userId(), null)
                .thenApply(ChallengeApi::decisionOf)
                .thenApply(decision -> new Prepared(decision.challengeId(), owners.get(i).destination())));
    }

    @Override
    public Operation operation() {
        List<Prepared> current = prepared;
        return (index, intended) -> {
            Prepared delivery = current.get(index);
            CompletableFuture<Long> arrival = arrivals.expect(delivery.destination(), intended);
            return challenge.sendCode(delivery.challengeId(), method)
                    .thenAccept(answer -> answer.requireSuccess())
                    .whenComplete((sent, failure) -> {
                        if (failure != null) {
                            arrival.cancel(false);
                        }
                    })
                    .thenCompose(sent -> arrival);
        };
    }
}
