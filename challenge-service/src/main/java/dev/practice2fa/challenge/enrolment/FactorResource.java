package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.access.Caller;
import dev.practice2fa.challenge.access.EnrolmentAccess;
import dev.practice2fa.challenge.code.CodeFormat;
import dev.practice2fa.challenge.practice.Ids;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.Problem;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * A user's two-factor set-up: by the user's own token, or by the sign-in front end naming the
 * challenge of a sign-in that asks for, or offers, set-up. Removing a factor and regenerating
 * recovery codes are for the user alone, freshly verified.
 */
@Path("/users/{userId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FactorResource {
    private final Caller caller;
    private final EnrolmentAccess access;
    private final EnrolmentService enrolment;
    private final ConfirmationService confirmation;
    private final FactorService factors;

    public FactorResource(Caller caller, EnrolmentAccess access, EnrolmentService enrolment,
            ConfirmationService confirmation, FactorService factors) {
        this.caller = caller;
        this.access = access;
        this.enrolment = enrolment;
        this.confirmation = confirmation;
        this.factors = factors;
    }

    @GET
    @Path("/two-factor")
    public Uni<TwoFactorOverview> overview(@PathParam("userId") String userId,
            @QueryParam("challengeId") String challengeId) {
        checkUserId(userId);
        return access.check(caller, userId, challengeId)
                .chain(() -> factors.overview(userId));
    }

    @POST
    @Path("/factors")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public Uni<EnrolmentStarted> start(@PathParam("userId") String userId, EnrolmentRequest request) {
        checkUserId(userId);
        Destination destination = Destination.of(request);
        return access.check(caller, userId, request.challengeId())
                .chain(challenge -> enrolment.start(userId, destination, challenge));
    }

    @POST
    @Path("/factors/{factorId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Confirmation> confirm(@PathParam("userId") String userId,
            @PathParam("factorId") String factorId, ConfirmationRequest request) {
        checkUserId(userId);
        if (request == null || !CodeFormat.isWellFormed(request.code())) {
            throw ApiProblemException.withType(ProblemKind.INVALID_REQUEST, "invalid-code",
                    "A code is exactly six ASCII digits; nothing was counted.");
        }
        return access.check(caller, userId, request.challengeId())
                .chain(challenge -> factors.owned(userId, factorId)
                        .chain(factor -> confirmation.confirm(factor, request.code(), challenge)));
    }

    @DELETE
    @Path("/factors/{factorId}")
    @ResponseStatus(204)
    public Uni<Void> remove(@PathParam("userId") String userId, @PathParam("factorId") String factorId) {
        checkOwnUser(userId);
        return factors.owned(userId, factorId)
                .chain(factors::remove);
    }

    @POST
    @Path("/recovery-codes")
    @ResponseStatus(201)
    public Uni<Map<String, List<String>>> regenerate(@PathParam("userId") String userId) {
        checkOwnUser(userId);
        return factors.regenerateRecoveryCodes(userId)
                .map(codes -> Map.of("recoveryCodes", codes));
    }

    private static void checkUserId(String userId) {
        if (!Ids.isValid(userId)) {
            throw new ApiProblemException(Problem.of(ProblemKind.INVALID_REQUEST, "The user id is not valid.",
                    List.of(new Problem.FieldError("userId", "must be a user id"))));
        }
    }

    private void checkOwnUser(String userId) {
        checkUserId(userId);
        if (!caller.isUser(userId)) {
            throw new ApiProblemException(ProblemKind.FORBIDDEN,
                    "Only the user may do this, with their own token.");
        }
    }
}
