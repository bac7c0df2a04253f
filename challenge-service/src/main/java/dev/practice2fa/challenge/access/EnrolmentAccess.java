package dev.practice2fa.challenge.access;

import dev.practice2fa.challenge.challenge.Challenge;
import dev.practice2fa.challenge.challenge.ChallengeStore;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who may enrol for a user: the user with their own token, or the sign-in front end naming the
 * open challenge of that user's sign-in whose decision asked for, or offered, set-up. A service
 * token without such a challenge enrols nobody.
 */
@ApplicationScoped
public class EnrolmentAccess {
    private final ChallengeStore challenges;

    public EnrolmentAccess(ChallengeStore challenges) {
        this.challenges = challenges;
    }

    /** The sign-in challenge the enrolment runs under, empty for the user's own token. */
    public Uni<Optional<Challenge>> check(Caller caller, String userId, String challengeId) {
        if (caller.isUser(userId)) {
            return Uni.createFrom().item(Optional.empty());
        }
        if (!caller.isSignInFrontEnd()) {
            return Uni.createFrom().failure(forbidden("Only the user, or the sign-in front end with a "
                    + "challenge of that user, may do this."));
        }
        if (challengeId == null) {
            return Uni.createFrom().failure(forbidden("The sign-in front end enrols only under the "
                    + "challengeId of a sign-in that asks for set-up."));
        }

        return challenges.get(challengeId)
                .map(challenge -> Optional.of(usable(challenge, userId)));
    }

    private static Challenge usable(Challenge challenge, String userId) {
        if (!challenge.userId().equals(userId)) {
            throw forbidden("The challenge belongs to another user.");
        }
        if (challenge.awaitsProof()) {
            throw ApiProblemException.withType(ProblemKind.FORBIDDEN, "verification-required",
                    "The user has factors: verify one of " + challenge.verifyWith()
                            + " on this challenge before setting up another.");
        }
        if (!challenge.allowsEnrolment()) {
            throw forbidden("The challenge does not allow set-up: it is closed or its decision was not "
                    + "ENROLMENT_REQUIRED or OPTIONAL.");
        }
        return challenge;
    }

    private static ApiProblemException forbidden(String detail) {
        return new ApiProblemException(ProblemKind.FORBIDDEN, detail);
    }
}
