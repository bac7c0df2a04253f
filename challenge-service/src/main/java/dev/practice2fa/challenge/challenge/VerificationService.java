package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.code.Attempt;
import dev.practice2fa.challenge.code.CodeLedger;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.decision.Decision;
import dev.practice2fa.challenge.enrolment.AuthenticatorSecrets;
import dev.practice2fa.challenge.enrolment.Factor;
import dev.practice2fa.challenge.enrolment.RecoveryCode;
import dev.practice2fa.challenge.enrolment.RecoveryCodes;
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

/**
 * Verifies a challenge: first takes one of its attempts atomically, then judges the proof, then
 * records the outcome. A proof that is wrong, expired, replayed or already used is one answer.
 */
@ApplicationScoped
public class VerificationService {
    private final ChallengeStore challenges;
    private final CodeLedger ledger;
    private final AuthenticatorSecrets authenticators;
    private final RecoveryCodes recoveryCodes;
    private final FreshVerification fresh;
    private final SecurityEvents events;
    private final StoreGuard guard;
    private final Clock clock;

    public VerificationService(ChallengeStore challenges, CodeLedger ledger, AuthenticatorSecrets authenticators,
            RecoveryCodes recoveryCodes, FreshVerification fresh, SecurityEvents events, StoreGuard guard,
            Clock clock) {
        this.challenges = challenges;
        this.ledger = ledger;
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.fresh = fresh;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    public Uni<VerificationAnswer> verify(String challengeId, Proof proof) {
        return challenges.get(challengeId)
                .invoke(challenge -> admit(challenge, proof))
                .chain(challenge -> ledger.reserve(RedisKeys.challenge(challenge.id()), challenge.userId())
                        .chain(attempt -> attempt(challenge, proof, attempt)));
    }

    private static void admit(Challenge challenge, Proof proof) {
        if (challenge.decision() != Decision.REQUIRED) {
            throw ApiProblemException.withType(ProblemKind.CONFLICT, "challenge-not-verifiable",
                    "This sign-in asks for set-up, not for a code: its decision is " + challenge.decision() + ".");
        }
        if (!proof.isRecoveryCode() && !challenge.methods().contains(proof.method())) {
            throw ApiProblemException.withType(ProblemKind.FORBIDDEN, "method-not-allowed",
                    "This challenge accepts only " + challenge.methods() + "; nothing was counted.");
        }
    }

    private Uni<VerificationAnswer> attempt(Challenge challenge, Proof proof, Attempt attempt) {
        ApiProblemException refusal = AttemptProblems.refusal(attempt);
        if (refusal != null) {
            return Uni.createFrom().failure(refusal);
        }

        return judge(challenge, proof)
                .chain(right -> right ? succeed(challenge, proof) : fail(challenge, proof));
    }

    private Uni<Boolean> judge(Challenge challenge, Proof proof) {
        if (proof.isRecoveryCode()) {
            String hash = recoveryCodes.hash(challenge.userId(), proof.code());
            return guarded(Panache.withTransaction(() -> RecoveryCode.use(challenge.userId(), hash, clock.instant())));
        }
        return switch (proof.method()) {
            case AUTHENTICATOR -> guarded(Panache.withSession(() -> Factor.active(challenge.userId(), proof.method())
                    .chain(factor -> factor == null
                            ? Uni.createFrom().item(false) : authenticators.verify(factor, proof.code()))));
            case SMS, EMAIL -> ledger.consume(RedisKeys.challenge(challenge.id()), proof.method().name(),
                    proof.code());
        };
    }

    private Uni<VerificationAnswer> succeed(Challenge challenge, Proof proof) {
        return ledger.succeed(RedisKeys.challenge(challenge.id()), proof.kind())
                .chain(() -> fresh.record(challenge.userId()))
                .invoke(() -> {
                    Log.infof("Challenge of %s verified by %s", challenge.userId(), proof.kind());
                    publish(SecurityEventType.VERIFICATION_SUCCEEDED, challenge, proof);
                    if (proof.isRecoveryCode()) {
                        publish(SecurityEventType.RECOVERY_CODE_USED, challenge, proof);
                    }
                })
                .map(ignored -> VerificationAnswer.verified(proof.kind(), challenge.practicesSatisfiedBy(proof.method())));
    }

    private Uni<VerificationAnswer> fail(Challenge challenge, Proof proof) {
        return ledger.fail(RedisKeys.challenge(challenge.id()), challenge.userId())
                .invoke(failure -> {
                    publish(SecurityEventType.VERIFICATION_FAILED, challenge, proof);
                    if (failure.lockedUser()) {
                        Log.infof("Verification of %s locked after too many wrong codes", challenge.userId());
                        publish(SecurityEventType.USER_LOCKED, challenge, proof);
                    }
                })
                .map(failure -> VerificationAnswer.wrong(failure.attemptsLeft()));
    }

    private void publish(SecurityEventType type, Challenge challenge, Proof proof) {
        events.publish(type, SecurityEvents.Subject.user(challenge.userId())
                .withFactor(null, proof.isRecoveryCode() ? null : proof.method().name())
                .withChallenge(challenge.id(), challenge.practiceId()));
    }

    private <T> Uni<T> guarded(Uni<T> call) {
        return guard.guard("PostgreSQL", call);
    }
}
