package dev.practice2fa.common.problem;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Writes every failure of a request as {@code application/problem+json}, through
 * {@link ProblemTable}. Registered for the specific types too, so that these mappers win over
 * the framework's own, which answer in other shapes.
 */
public class ProblemMapper {
    @ServerExceptionMapper
    public Response apiProblem(ApiProblemException failure) {
        return respond(failure);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException failure) {
        return respond(failure);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException failure) {
        return respond(failure);
    }

    /** Wins over the framework's own mapper of this type, which answers with an empty body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException failure) {
        return respond(failure);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException failure) {
        return respond(failure);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException failure) {
        return respond(failure);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure) {
        return respond(failure);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure) {
        return respond(failure);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        return respond(failure);
    }

    private static Response respond(Throwable failure) {
        Problem problem = ProblemTable.toProblem(failure);
        if (problem.status() >= 500) {
            Log.errorf(failure, "Request failed: %s", problem.title());
        }
        Response.ResponseBuilder answer = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == 401) {
            // RFC 6750: a refusal for want of a token names the scheme that would be accepted.
            answer.header("WWW-Authenticate", "Bearer");
        }
        return answer.build();
    }
}
