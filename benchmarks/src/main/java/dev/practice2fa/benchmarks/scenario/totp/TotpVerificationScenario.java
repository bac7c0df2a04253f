package dev.practice2fa.benchmarks.scenario.totp;

import dev.practice2fa.benchmarks.load.Operation;
import dev.practice2fa.benchmarks.scenario.Scenario;
import dev.practice2fa.benchmarks.scenario.ScenarioUnavailable;
import dev.practice2fa.benchmarks.scenario.StepPlan;
import dev.practice2fa.benchmarks.scenario.api.ChallengeApi;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import dev.practice2fa.benchmarks.scenario.fixtures.RunNames;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/**
 * Authenticator code verification across many enrolled users. A step of a factor can be used
 * once, so every verification needs a (user, step) pair of its own: each preparation hands out
 * the current and the next step of every user and enrols new users for the rest.
 */
public final class TotpVerificationScenario implements Scenario {
    static final String KIND = "totp";

    /** One verification made ready: its challenge and the code to send. */
    private record Prepared(String challengeId, String code) {
    }

    /** A user and the step reserved for one verification. */
    private record Reservation(TotpUser user, long step) {
    }

    private final ChallengeApi challenge;
    private final RunNames names;
    private final Fixtures fixtures;
    private final TotpStepBook steps = new TotpStepBook();
    private final List<TotpUser> users = new ArrayList<>();
    private volatile List<Prepared> prepared = List.of();

    public TotpVerificationScenario(ChallengeApi challenge, RunNames names, Fixtures fixtures) {
        this.challenge = challenge;
        this.names = names;
        this.fixtures = fixtures;
    }

    @Override
    public String slug() {
        return "totp-verification";
    }

    @Override
    public String title() {
        return "Authenticator (TOTP) code verification";
    }

    @Override
    public void prepare(StepPlan plan) {
        List<Reservation> reservations = reserve(plan.operations());
        prepared = fixtures.make(reservations.size(), i -> open(reservations.get(i)));
    }

    @Override
    public Operation operation() {
        List<Prepared> current = prepared;
        return (index, intended) -> {
            Prepared verification = current.get(index);
            return challenge
                    .verify(verification.challengeId(), ChallengeApi.AUTHENTICATOR, verification.code())
                    .thenApply(answer -> ChallengeApi.requireVerified(answer).receivedAtNanos());
        };
    }

    /**
     * The first round hands out each user's earlier free step and the second the later one, so a
     * user's two verifications lie a whole round apart in the step's schedule: the service
     * refuses a step not later than the last it accepted, so the later code must not arrive first.
     */
    private List<Reservation> reserve(int count) {
        long step = Totp.stepAt(Instant.now());
        List<Reservation> reservations = new ArrayList<>(count);
        for (int round = 0; round < 2 && reservations.size() < count; round++) {
            for (TotpUser user : users) {
                if (reservations.size() < count) {
                    reserveOne(user, step).ifPresent(reservations::add);
                }
            }
        }
        if (reservations.size() < count) {
            for (TotpUser user : enrol(count - reservations.size(), step)) {
                reserveOne(user, step).ifPresent(reservations::add);
            }
        }
        if (reservations.size() < count) {
            throw new ScenarioUnavailable("not enough authenticator steps free: " + reservations.size()
                    + " of " + count);
        }
        return reservations;
    }

    private Optional<Reservation> reserveOne(TotpUser user, long step) {
        OptionalLong reserved = steps.reserve(user.userId(), step);
        return reserved.isPresent()
                ? Optional.of(new Reservation(user, reserved.getAsLong()))
                : Optional.empty();
    }

    /** Enrols users whose confirmation uses {@code step}, leaving the next one free. */
    private List<TotpUser> enrol(int more, long step) {
        int first = users.size();
        List<TotpUser> enrolled = fixtures.make(more, i -> enrolOne(names.user(KIND, first + i), step));
        users.addAll(enrolled);
        return enrolled;
    }

    private CompletionStage<TotpUser> enrolOne(String userId, long step) {
        return challenge.enrolAuthenticator(userId)
                .thenCompose(enrolment -> confirm(userId, enrolment, step));
    }

    private CompletionStage<TotpUser> confirm(String userId, JsonObject enrolment, long step) {
        TotpUser user = new TotpUser(userId, secretOf(enrolment));
        long confirmationStep = steps.reserve(userId, step).orElseThrow();
        String code = Totp.code(user.secret(), confirmationStep);
        return challenge.confirm(userId, ChallengeApi.factorIdOf(enrolment), code)
                .thenApply(done -> user);
    }

    private CompletionStage<Prepared> open(Reservation reservation) {
        return challenge.decide(reservation.user().userId(), null)
                .thenApply(ChallengeApi::decisionOf)
                .thenApply(decision -> new Prepared(decision.challengeId(),
                        Totp.code(reservation.user().secret(), reservation.step())));
    }

    /** The shared secret from the {@code otpauth://} URI of an enrolment answer. */
    static byte[] secretOf(JsonObject enrolment) {
        String uri = ChallengeApi.otpauthUriOf(enrolment)
                .orElseThrow(() -> new IllegalStateException("the enrolment answer has no otpauth:// URI"));
        String query = URI.create(uri).getRawQuery();
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            if (parameter.startsWith("secret=")) {
                return Base32.decode(parameter.substring("secret=".length()));
            }
        }
        throw new IllegalStateException("the otpauth:// URI has no secret");
    }
}
