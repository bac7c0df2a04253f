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

    public ConfirmationService(CodeLedger ledger, AuthenticatorSecrets authenticators,
            RecoveryCodes recoveryCodes, SecurityEvents events, StoreGuard guard, Clock clock) {
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
            if (factor.signInChallengeId == null
                    || !factor.signInChallengeId.toString().equals(signIn.id())) {
                throw new ApiProblemException(ProblemKind.FORBIDDEN,
                        "The factor was not started under this challenge.");
            }
        });

        return ledger.reserve(scope(factor), factor.userId)
                .chain(attempt -> attempt(factor, code, challenge, attempt));
    }

    private Uni<Confirmation> attempt(Factor factor, String code, Optional<Challenge> challenge,
            Attempt attempt) {
        if (attempt instanceof Attempt.Unknown) {
            return Uni.createFrom().failure(ApiProblemException.withType(ProblemKind.CONFLICT,
                    "enrolment-expired", "This enrolment has expired; start it again."));
        }
        ApiProblemException refusal = AttemptProblems.refusal(attempt);
        if (refusal != null) {
            return Uni.createFrom().failure(refusal);
        }

        return judge(factor, code)
                .chain(right -> right ? activate(factor, challenge) : fail(factor));
    }

    private Uni<Boolean> judge(Factor factor, String code) {
        return switch (factor.type) {
            case AUTHENTICATOR -> guard.guard("PostgreSQL", authenticators.verify(factor, code));
            case SMS, EMAIL -> ledger.consume(scope(factor), factor.type.name(), code);
        };
    }

    private Uni<Confirmation> activate(Factor factor, Optional<Challenge> challenge) {
        Uni<List<String>> activated = Panache.withTransaction(() -> activateAndIssueCodes(factor));

        return ledger.succeed(scope(factor), factor.type.name())
                .chain(() -> guard.guard("PostgreSQL", activated))
                .call(codes -> completeChallenge(factor, challenge))
                .call(codes -> enrolled(factor, challenge))
                .map(codes -> new Confirmation(true, factor.id.toString(), FactorStatus.ACTIVE, null,
                        codes.isEmpty() ? null : codes, challenge.isPresent() ? Boolean.TRUE : null));
    }

    /** Activates the factor and, when it is the user's first, issues their recovery codes. */
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
                        ? recoveryCodes.replaceSet(factor.userId)
                        : Uni.createFrom().item(List.<String>of()));
    }

    /** The confirmed enrolment completes the sign-in challenge it ran under. */
    private Uni<Boolean> completeChallenge(Factor factor, Optional<Challenge> challenge) {
        if (challenge.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return ledger.succeed(RedisKeys.challenge(challenge.get().id()), factor.type.name());
    }

    private Uni<Void> enrolled(Factor factor, Optional<Challenge> challenge) {
        Log.infof("%s factor enrolled for %s", factor.type, factor.userId);
        return events.record(SecurityEventType.FACTOR_ENROLLED, subject(factor)
                .withChallenge(challenge.map(Challenge::id).orElse(null),
                        challenge.map(Challenge::practiceId).orElse(null)));
    }

    private Uni<Confirmation> fail(Factor factor) {
        return ledger.fail(scope(factor), factor.userId)
                .call(() -> events.record(SecurityEventType.VERIFICATION_FAILED, subject(factor)))
                .call(failure -> failure.lockedUser()
                        ? events.record(SecurityEventType.USER_LOCKED, subject(factor))
                        : Uni.createFrom().voidItem())
                .map(failure -> Confirmation.wrong(factor.id.toString(), failure.attemptsLeft()));
    }

    private static SecurityEvents.Subject subject(Factor factor) {
        return SecurityEvents.Subject.user(factor.userId)
                .withFactor(factor.id.toString(), factor.type.name());
    }

    private static String scope(Factor factor) {
        return RedisKeys.enrolment(factor.id.toString());
    }
}
