package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.challenge.AttemptProblems;
import dev.practice2fa.challenge.challenge.Challenge;
import dev.practice2fa.challenge.code.Attempt;
import dev.practice2fa.challenge.code.CodeLedger;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.security.SecurityEventType;
import dev.practice2fa.challenge.security.SecurityEvents;
import dev.practice2fa.challenge.store.StoreGuard;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Activates a pending factor with its first valid code. Attempts are counted as for a challenge;
 * the first factor a user activates brings ten recovery codes; a confirmation under a sign-in
 * challenge completes that challenge.
 */
@ApplicationScoped
public class ConfirmationService {
    private final CodeLedger ledger;
    private final AuthenticatorSecrets authenticators;
    private final RecoveryCodes recoveryCodes;
    private final SecurityEvents events;
    private final StoreGuard guard;
    private final Clock clock;

    public ConfirmationService(CodeLedger ledger, AuthenticatorSecrets authenticators, RecoveryCodes recoveryCodes,
            SecurityEvents events, StoreGuard guard, Clock clock) {
        this.ledger = ledger;
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    public Uni<Confirmation> confirm(Factor factor, String code, Optional<Challenge> challenge) {
        if (factor.status == FactorStatus.ACTIVE) {
            throw ApiProblemException.withType(ProblemKind.CONFLICT, "factor-already-active",
                    "This factor is already active.");
        }
        challenge.ifPresent(signIn -> {
            if (factor.signInChallengeId == null || !factor.signInChallengeId.toString().equals(signIn.id())) {
                throw new ApiProblemException(ProblemKind.FORBIDDEN, "The factor was not started under this challenge.");
            }
        });
        String scope = RedisKeys.enrolment(factor.id.toString());

        return ledger.reserve(scope, factor.userId)
                .chain(attempt -> attempt(factor, code, challenge, scope, attempt));
    }

    private Uni<Confirmation> attempt(Factor factor, String code, Optional<Challenge> challenge, String scope,
            Attempt attempt) {
        ApiProblemException refusal = AttemptProblems.refusal(attempt);
        if (refusal != null) {
            return Uni.createFrom().failure(attempt instanceof Attempt.Unknown
                    ? ApiProblemException.withType(ProblemKind.CONFLICT, "enrolment-expired",
                            "This enrolment has expired; start it again.")
                    : refusal);
        }

        return judge(factor, code, scope)
                .chain(right -> right ? activate(factor, challenge, scope) : fail(factor, scope));
    }

    private Uni<Boolean> judge(Factor factor, String code, String scope) {
        return switch (factor.type) {
            case AUTHENTICATOR -> guard.guard("PostgreSQL", authenticators.verify(factor, code));
            case SMS, EMAIL -> ledger.consume(scope, factor.type.name(), code);
        };
    }

    private Uni<Confirmation> activate(Factor factor, Optional<Challenge> challenge, String scope) {
        return ledger.succeed(scope, factor.type.name())
                .chain(() -> guard.guard("PostgreSQL", Panache.withTransaction(() -> activateAndIssueCodes(factor))))
                .call(codes -> completeChallenge(factor, challenge))
                .map(codes -> {
                    Log.infof("%s factor enrolled for %s", factor.type, factor.userId);
                    events.publish(SecurityEventType.FACTOR_ENROLLED, SecurityEvents.Subject.user(factor.userId)
                            .withFactor(factor.id.toString(), factor.type.name())
                            .withChallenge(challenge.map(Challenge::id).orElse(null),
                                    challenge.map(Challenge::practiceId).orElse(null)));
                    return new Confirmation(true, factor.id.toString(), FactorStatus.ACTIVE, null,
                            codes.isEmpty() ? null : codes, challenge.isPresent() ? Boolean.TRUE : null);
                });
    }

    private Uni<List<String>> activateAndIssueCodes(Factor factor) {
        return Factor.active(factor.userId, factor.type)
                .chain(existing -> {
                    if (existing != null) {
                        throw ApiProblemException.withType(ProblemKind.CONFLICT, "factor-exists",
                                "The user has an active " + factor.type + " factor; remove it first.");
                    }
                    return Factor.activate(factor.id, clock.instant());
                })
                .chain(() -> RecoveryCode.anyOf(factor.userId))
                .chain(count -> count == 0
                        ? recoveryCodes.replaceSet(factor.userId) : Uni.createFrom().item(List.<String>of()));
    }

    /** The confirmed enrolment completes the sign-in challenge it ran under. */
    private Uni<Boolean> completeChallenge(Factor factor, Optional<Challenge> challenge) {
        if (challenge.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return ledger.succeed(RedisKeys.challenge(challenge.get().id()), factor.type.name());
    }

    private Uni<Confirmation> fail(Factor factor, String scope) {
        return ledger.fail(scope, factor.userId)
                .invoke(failure -> {
                    events.publish(SecurityEventType.VERIFICATION_FAILED, SecurityEvents.Subject.user(factor.userId)
                            .withFactor(factor.id.toString(), factor.type.name()));
                    if (failure.lockedUser()) {
                        events.publish(SecurityEventType.USER_LOCKED, SecurityEvents.Subject.user(factor.userId));
                    }
                })
                .map(failure -> Confirmation.wrong(factor.id.toString(), failure.attemptsLeft()));
    }
}
