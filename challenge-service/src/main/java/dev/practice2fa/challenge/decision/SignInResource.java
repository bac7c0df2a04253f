package dev.practice2fa.challenge.decision;

import dev.practice2fa.challenge.access.Caller;
import dev.practice2fa.challenge.practice.Ids;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.Problem;
import dev.practice2fa.common.problem.ProblemKind;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The sign-in front end asks what second factor a user needs after the password step. */
@Path("/sign-in/two-factor")
@RolesAllowed(Caller.SIGN_IN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {
    private final DecisionService decisions;

    public SignInResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    @POST
    public Uni<SignInAnswer> decide(SignInRequest request) {
        validate(request);
        return decisions.decide(request.userId(), request.practiceId());
    }

    private static void validate(SignInRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null || !Ids.isValid(request.userId())) {
            errors.add(new Problem.FieldError("userId", "must be a user id"));
        }
        if (request != null && request.practiceId() != null && !Ids.isValid(request.practiceId())) {
            errors.add(new Problem.FieldError("practiceId", "must be a practice id, or be left out"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(Problem.of(ProblemKind.INVALID_REQUEST, "The sign-in is not valid.",
                    errors));
        }
    }
}
