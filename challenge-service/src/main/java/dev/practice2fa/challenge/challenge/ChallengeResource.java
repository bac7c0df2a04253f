package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.access.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The sign-in front end verifies a challenge with a code or a recovery code. */
@Path("/challenges/{challengeId}/verification")
@RolesAllowed(Caller.SIGN_IN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeResource {
    private final VerificationService verification;

    public ChallengeResource(VerificationService verification) {
        this.verification = verification;
    }

    @POST
    public Uni<VerificationAnswer> verify(@PathParam("challengeId") String challengeId,
            VerificationRequest request) {
        Proof proof = Proof.of(request);
        return verification.verify(challengeId, proof);
    }
}
