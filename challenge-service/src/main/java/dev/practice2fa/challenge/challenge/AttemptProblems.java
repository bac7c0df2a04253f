package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.code.Attempt;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;

/** The answers for attempts refused before any code is looked at. */
public final class AttemptProblems {
    private AttemptProblems() {
    }

    /** The problem for a refused attempt; null for a reserved one. */
    public static ApiProblemException refusal(Attempt attempt) {
        if (attempt instanceof Attempt.Locked) {
            return ApiProblemException.withType(ProblemKind.TOO_MANY_REQUESTS, "verification-locked",
                    "Too many wrong codes: verification is locked for a while.");
        }
        if (attempt instanceof Attempt.Closed) {
            return ApiProblemException.withType(ProblemKind.CONFLICT, "challenge-closed",
                    "This challenge takes no more codes: it is verified, or its attempts are used up.");
        }
        if (attempt instanceof Attempt.Unknown) {
            return ChallengeStore.notFound();
        }
        return null;
    }
}
