package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.code.Attempt;
import dev.practice2fa.challenge.code.CodeLedger;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.decision.Method;
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
import java.util.List;

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
    private final SecurityEvents events;
    private final StoreGuard guard;
    private final VerificationMetrics metrics;
    private final Clock clock;

    public VerificationService(ChallengeStore challenges, CodeLedger ledger,
            AuthenticatorSecrets authenticators, RecoveryCodes recoveryCodes, SecurityEvents events,
            StoreGuard guard, VerificationMetrics metrics, Clock clock) {
        this.challenges = challenges;
        this.ledger = ledger;
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.guard = guard;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Uni<VerificationAnswer> verify(String challengeId, Proof proof) {
        return challenges.get(challengeId)
                .invoke(challenge -> admit(challenge, proof))
                .chain(challenge -> ledger.reserve(scope(challenge), challenge.userId())
                        .chain(attempt -> attempt(challenge, proof, attempt)));
    }

    private static void admit(Challenge challenge, Proof proof) {
        List<Method> accepted = challenge.proofMethods();
        if (accepted.isEmpty()) {
            throw ApiProblemException.withType(ProblemKind.CONFLICT, "challenge-not-verifiable",
                    "This challenge takes no code now: its decision is " + challenge.decision()
                            + (challenge.proven() ? ", already proven" : "") + ".");
        }
        if (!proof.isRecoveryCode() && !accepted.contains(proof.method())) {
            throw ApiProblemException.withType(ProblemKind.FORBIDDEN, "method-not-allowed",
                    "This challenge accepts only " + accepted + "; nothing was counted.");
        }
    }

    private Uni<VerificationAnswer> attempt(Challenge challenge, Proof proof, Attempt attempt) {
        ApiProblemException refusal = AttemptProblems.refusal(attempt);
        if (refusal != null) {
            return Uni.createFrom().failure(refusal);
        }

        return judge(challenge, proof)
                .chain(verdict -> verdict.right()
                        ? succeed(challenge, proof, verdict.factorId())
                        : fail(challenge, proof, verdict.factorId()));
    }

    /**
     * Judges the proof. A code counts only while the user still has an active factor of its
     * method, so a factor removed after the challenge began cannot satisfy it.
     */
    private Uni<Verdict> judge(Challenge challenge, Proof proof) {
        if (proof.isRecoveryCode()) {
            String hash = recoveryCodes.hash(challenge.userId(), proof.code());
            return guarded(Panache.withTransaction(
                            () -> RecoveryCode.use(challenge.userId(), hash, clock.instant())))
                    .map(right -> new Verdict(right, null));
        }
        return guarded(Panache.withSession(() -> Factor.active(challenge.userId(), proof.method())))
                .chain(factor -> factor == null
                        ? Uni.createFrom().item(new Verdict(false, null))
                        : check(challenge, proof, factor)
                                .map(right -> new Verdict(right, factor.id.toString())));
    }

    private Uni<Boolean> check(Challenge challenge, Proof proof, Factor factor) {
        return switch (proof.method()) {
            case AUTHENTICATOR -> guarded(authenticators.verify(factor, proof.code()));
            case SMS, EMAIL -> ledger.consume(scope(challenge), proof.method().name(), proof.code());
        };
    }

    /**
     * Satisfies a {@code REQUIRED} challenge; on an enrolment challenge, records that the user
     * proved an existing factor, which lets set-up go on under it. Either way the ledger records
     * the user's fresh verification in the same call, and only if it marked the challenge.
     */
    private Uni<VerificationAnswer> succeed(Challenge challenge, Proof proof, String factorId) {
        boolean proofBeforeSetUp = challenge.awaitsProof();
        VerificationAnswer answer = proofBeforeSetUp
                ? VerificationAnswer.proven(proof.kind())
                : VerificationAnswer.verified(proof.kind(), challenge.practicesSatisfiedBy(proof.method()));
        Uni<Boolean> marked = proofBeforeSetUp
                ? ledger.prove(scope(challenge), challenge.userId())
                : ledger.succeedAsVerification(scope(challenge), proof.kind(), challenge.userId());

        return marked
                .invoke(open -> {
                    // The scope closed or expired between the reservation and now: the code was
                    // right, but nothing may be reported as verified that the ledger did not mark.
                    if (!open) {
                        throw AttemptProblems.refusal(new Attempt.Closed());
                    }
                })
                .invoke(() -> {
                    Log.infof("Challenge of %s verified by %s", challenge.userId(), proof.kind());
                    metrics.count(proof.kind(), true);
                })
                .chain(() -> record(SecurityEventType.VERIFICATION_SUCCEEDED, challenge, proof, factorId))
                .chain(() -> proof.isRecoveryCode()
                        ? record(SecurityEventType.RECOVERY_CODE_USED, challenge, proof, factorId)
                        : Uni.createFrom().voidItem())
                .replaceWith(answer);
    }

    private Uni<VerificationAnswer> fail(Challenge challenge, Proof proof, String factorId) {
        return ledger.fail(scope(challenge), challenge.userId())
                .invoke(failure -> metrics.count(proof.kind(), false))
                .call(() -> record(SecurityEventType.VERIFICATION_FAILED, challenge, proof, factorId))
                .call(failure -> failure.lockedUser()
                        ? locked(challenge, proof, factorId) : Uni.createFrom().voidItem())
                .map(failure -> VerificationAnswer.wrong(failure.attemptsLeft()));
    }

    private Uni<Void> locked(Challenge challenge, Proof proof, String factorId) {
        Log.infof("Verification of %s locked after too many wrong codes", challenge.userId());
        return record(SecurityEventType.USER_LOCKED, challenge, proof, factorId);
    }

    private Uni<Void> record(SecurityEventType type, Challenge challenge, Proof proof,
            String factorId) {
        String factorType = proof.isRecoveryCode() ? null : proof.method().name();
        return events.record(type, SecurityEvents.Subject.user(challenge.userId())
                .withFactor(factorId, factorType)
                .withChallenge(challenge.id(), challenge.practiceId()));
    }

    private static String scope(Challenge challenge) {
        return RedisKeys.challenge(challenge.id());
    }

    private <T> Uni<T> guarded(Uni<T> call) {
        return guard.guard("PostgreSQL", call);
    }

    /** Whether the proof was right, and the factor it was checked against. */
    private record Verdict(boolean right, String factorId) {
    }
}
