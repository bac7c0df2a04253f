package dev.practice2fa.challenge.delivery;

import dev.practice2fa.challenge.challenge.Challenge;
import dev.practice2fa.challenge.challenge.ChallengeStore;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.config.ChallengeConfig;
import dev.practice2fa.challenge.decision.Method;
import dev.practice2fa.challenge.enrolment.Factor;
import dev.practice2fa.challenge.store.StoreGuard;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.Problem;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sends, or resends, the code of a sign-in challenge by SMS or email, and shows how it went. */
@ApplicationScoped
public class DeliveryService {
    private final ChallengeStore challenges;
    private final CodeSender sender;
    private final Recipient recipient;
    private final DeliveryOutcomes outcomes;
    private final StoreGuard guard;
    private final ChallengeConfig config;

    public DeliveryService(ChallengeStore challenges, CodeSender sender, Recipient recipient,
            DeliveryOutcomes outcomes, StoreGuard guard, ChallengeConfig config) {
        this.challenges = challenges;
        this.sender = sender;
        this.recipient = recipient;
        this.outcomes = outcomes;
        this.guard = guard;
        this.config = config;
    }

    public Uni<CodeDelivery> send(String challengeId, DeliveryRequest request) {
        Method method = codeMethod(request);

        return challenges.get(challengeId)
                .invoke(challenge -> admit(challenge, method))
                .chain(challenge -> destination(challenge, method)
                        .chain(target -> sender.send(RedisKeys.challenge(challenge.id()),
                                target.toSend(challenge, method))));
    }

    public Uni<ChallengeView> view(String challengeId) {
        return challenges.get(challengeId)
                .chain(challenge -> outcomes.of(RedisKeys.challenge(challenge.id()))
                        .map(deliveries -> new ChallengeView(challenge.id(), challenge.decision(),
                                challenge.methods(), challenge.status(), challenge.verifyWith(),
                                challenge.proven(), attemptsLeft(challenge), deliveries)));
    }

    private int attemptsLeft(Challenge challenge) {
        int left = config.attempts().perChallenge() - challenge.attemptsUsed();
        return challenge.isOpen() ? Math.max(0, left) : 0;
    }

    private static Method codeMethod(DeliveryRequest request) {
        Method method = request == null ? null : Method.parse(request.method());
        if (method != Method.SMS && method != Method.EMAIL) {
            throw new ApiProblemException(Problem.of(ProblemKind.INVALID_REQUEST,
                    "The delivery is not valid.",
                    List.of(new Problem.FieldError("method", "must be SMS or EMAIL"))));
        }
        return method;
    }

    private static void admit(Challenge challenge, Method method) {
        List<Method> accepted = challenge.proofMethods();
        if (!challenge.isOpen() || accepted.isEmpty()) {
            throw ApiProblemException.withType(ProblemKind.CONFLICT, "challenge-closed",
                    "This challenge takes no codes: it is verified, failed, or asks for set-up.");
        }
        if (!accepted.contains(method)) {
            throw ApiProblemException.withType(ProblemKind.FORBIDDEN, "method-not-allowed",
                    "This challenge accepts only " + accepted + ".");
        }
    }

    private Uni<Target> destination(Challenge challenge, Method method) {
        Uni<Target> target = Panache.withSession(() -> Factor.active(challenge.userId(), method)
                .chain(factor -> recipient.of(challenge.userId(), challenge.practiceId())
                        .map(context -> factor == null ? null : new Target(factor, context))));

        return guard.guard("PostgreSQL", target)
                .onItem().ifNull().failWith(() -> ApiProblemException.withType(ProblemKind.CONFLICT,
                        "no-such-factor", "The user has no active " + method + " factor."));
    }

    /** The factor a code goes to, and in whose name. */
    private record Target(Factor factor, Recipient.Context context) {
        CodeSender.Send toSend(Challenge challenge, Method method) {
            return new CodeSender.Send(challenge.userId(), method.name(), factor.destination,
                    "SIGN_IN", challenge.id(), factor.id.toString(), context.practiceName(),
                    context.locale());
        }
    }
}
