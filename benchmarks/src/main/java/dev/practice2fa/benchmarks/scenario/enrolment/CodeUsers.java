package dev.practice2fa.benchmarks.scenario.enrolment;

import dev.practice2fa.benchmarks.scenario.api.ChallengeApi;
import dev.practice2fa.benchmarks.scenario.api.Decision;
import dev.practice2fa.benchmarks.scenario.api.PolicyApi;
import dev.practice2fa.benchmarks.scenario.delivery.Arrivals;
import dev.practice2fa.benchmarks.scenario.events.CodeDelivery;
import dev.practice2fa.benchmarks.scenario.events.OtpDeliveryTap;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import dev.practice2fa.benchmarks.scenario.fixtures.MandateInForce;
import dev.practice2fa.benchmarks.scenario.fixtures.RunNames;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A growing pool of users with an active SMS or email factor, each with its own destination,
 * and the codes each may still be sent this hour. The service sends a user, and a
 * destination, at most ten codes an hour, and the enrolment itself takes one; a scenario that
 * needs more codes enrols more users rather than meeting the limit.
 *
 * <p>Users are members of one practice of the pool that makes two-factor authentication
 * mandatory, and enrol the way a sign-in into it asks them to: the sign-in front end sets up
 * the factor under the challenge of that decision, and the confirmation completes it.
 */
public final class CodeUsers {
    /** Codes a user and a destination may be sent in an hour. */
    static final int CODES_PER_HOUR = 10;
    static final String MANDATORY = "ENABLED_MANDATORY";
    static final String ANY_METHOD = "OPTIONAL";

    private final String method;
    private final String kind;
    private final PolicyApi policy;
    private final ChallengeApi challenge;
    private final Supplier<OtpDeliveryTap> deliveries;
    private final Arrivals arrivals;
    private final RunNames names;
    private final Fixtures fixtures;
    private final List<CodeUser> users = new ArrayList<>();
    private final Map<CodeUser, Integer> codesLeft = new HashMap<>();
    private String practiceId;

    /**
     * @param method {@link ChallengeApi#SMS} or {@link ChallengeApi#EMAIL_METHOD}
     * @param kind a word naming the pool's practice and users, unique within the run
     */
    public CodeUsers(String method, String kind, PolicyApi policy, ChallengeApi challenge,
            Supplier<OtpDeliveryTap> deliveries, Arrivals arrivals, RunNames names, Fixtures fixtures) {
        this.method = method;
        this.kind = kind;
        this.policy = policy;
        this.challenge = challenge;
        this.deliveries = deliveries;
        this.arrivals = arrivals;
        this.names = names;
        this.fixtures = fixtures;
    }

    /**
     * Takes {@code count} codes' worth of users, enrolling more when the pool runs short.
     *
     * @param distinct whether each user may appear only once
     * @return one user per code, each user's allowance reduced accordingly
     */
    public List<CodeUser> take(int count, boolean distinct) {
        int available = distinct ? usersWithCodesLeft() : codesLeftInAll();
        int perUser = distinct ? 1 : CODES_PER_HOUR - 1;
        if (available < count) {
            enrol((count - available + perUser - 1) / perUser);
        }
        List<CodeUser> taken = new ArrayList<>(count);
        while (taken.size() < count) {
            for (CodeUser user : users) {
                if (taken.size() < count && codesLeft.get(user) > 0) {
                    codesLeft.merge(user, -1, Integer::sum);
                    taken.add(user);
                }
            }
            if (distinct) {
                break;
            }
        }
        return taken;
    }

    private int usersWithCodesLeft() {
        return (int) codesLeft.values().stream().filter(left -> left > 0).count();
    }

    private int codesLeftInAll() {
        return codesLeft.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void enrol(int more) {
        String practice = practice();
        int first = users.size();
        List<CodeUser> enrolled = fixtures.make(more, i -> enrolOne(practice, first + i));
        for (CodeUser user : enrolled) {
            users.add(user);
            codesLeft.put(user, CODES_PER_HOUR - 1);
        }
    }

    /**
     * The pool's practice, registered once with a full-access member and made mandatory before
     * any user joins it, so that no user is sent a notice of the change; users join once the
     * challenge service applies the mandate, so that each of them is asked to enrol.
     */
    private String practice() {
        if (practiceId == null) {
            String id = names.practice(kind, 0);
            String admin = names.user(kind + "-admin", 0);
            fixtures.await(policy.registerPractice(id, "Benchmark Clinic " + kind));
            fixtures.await(policy.addMember(id, admin, PolicyApi.FULL_ACCESS, names.accountEmail(admin)));
            long version = fixtures.await(policy.readVersion(id, admin));
            fixtures.await(policy.changeSetting(id, admin, MANDATORY, ANY_METHOD, version));
            MandateInForce.await(challenge, fixtures, id, admin);
            practiceId = id;
        }
        return practiceId;
    }

    /**
     * Adds one user to the practice and enrols it during a sign-in into it, then waits until the
     * enrolment code has reached its destination, so that no enrolment message is still
     * travelling when a measured step begins.
     */
    private CompletionStage<CodeUser> enrolOne(String practice, int number) {
        String userId = names.user(kind, number);
        String destination = ChallengeApi.SMS.equals(method) ? names.nextPhone() : names.email(userId);
        CodeUser user = new CodeUser(userId, destination);
        CompletableFuture<Long> arrival = arrivals.expect(destination, System.nanoTime());
        return policy.addMember(practice, userId, PolicyApi.STANDARD, names.accountEmail(userId))
                .thenCompose(added -> challenge.decide(userId, practice))
                .thenApply(ChallengeApi::decisionOf)
                .thenCompose(decision -> enrolUnder(decision, user))
                .thenCompose(confirmed -> arrival)
                .thenApply(arrived -> user);
    }

    private CompletionStage<Void> enrolUnder(Decision decision, CodeUser user) {
        OtpDeliveryTap codes = deliveries.get();
        String challengeId = decision.challengeId();
        return challenge.enrolDuringSignIn(user.userId(), challengeId, method, user.destination())
                .thenCompose(enrolment -> codes.forChallenge(challengeId)
                        .thenCompose(code -> confirm(user, challengeId, enrolment, code)));
    }

    private CompletionStage<Void> confirm(CodeUser user, String challengeId, JsonObject enrolment,
            CodeDelivery code) {
        return challenge.confirmDuringSignIn(user.userId(), challengeId, ChallengeApi.factorIdOf(enrolment),
                code.code());
    }
}
