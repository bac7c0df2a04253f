package dev.practice2fa.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table from failures to problem answers. Nothing a client sees names a Java class or
 * carries a stack trace; what is not recognised is an internal error, and a dependency that
 * cannot be reached is 503, never a success.
 */
public final class ProblemTable {
    /** Failures, by class name anywhere in the cause chain, that mean a store or broker is out of reach. */
    private static final Set<String> DEPENDENCY_FAILURES = Set.of(
            "java.net.ConnectException",
            "java.nio.channels.ClosedChannelException",
            "java.util.concurrent.TimeoutException",
            "io.smallrye.mutiny.TimeoutException",
            "io.netty.channel.ConnectTimeoutException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.vertx.sqlclient.ClosedConnectionException");

    private ProblemTable() {
    }

    public static Problem toProblem(Throwable failure) {
        if (failure instanceof ApiProblemException problem) {
            return problem.problem();
        }
        if (failure instanceof ConstraintViolationException violations) {
            return Problem.of(ProblemKind.INVALID_REQUEST, "Some fields are not valid.",
                    fieldErrors(violations.getConstraintViolations()));
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return Problem.of(ProblemKind.INVALID_REQUEST, "The field '" + field + "' has a value of the wrong kind.",
                    List.of(new Problem.FieldError(field, "has a value of the wrong kind or an unknown value")));
        }
        if (failure instanceof JsonProcessingException) {
            return Problem.of(ProblemKind.INVALID_REQUEST, "The request body is not well-formed JSON.");
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return Problem.of(ProblemKind.UNAUTHENTICATED, "Present a valid bearer token.");
        }
        if (failure instanceof ForbiddenException) {
            return Problem.of(ProblemKind.FORBIDDEN, "This caller is not allowed to do this.");
        }
        // The JSON reader wraps a syntax error in a 400; answer it as the JSON problem it is.
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 400
                && web.getCause() instanceof JsonProcessingException json) {
            return toProblem(json);
        }
        if (failure instanceof WebApplicationException web) {
            return fromHttpStatus(web);
        }
        if (isDependencyFailure(failure)) {
            return Problem.of(ProblemKind.UNAVAILABLE, "A store the answer depends on cannot be reached.");
        }
        return Problem.of(ProblemKind.INTERNAL_ERROR, "The request failed unexpectedly; it has been logged.");
    }

    public static boolean isDependencyFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (DEPENDENCY_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static Problem fromHttpStatus(WebApplicationException web) {
        if (web instanceof NotFoundException) {
            return Problem.of(ProblemKind.NOT_FOUND, "Nothing is found at this address.");
        }
        if (web instanceof NotAllowedException) {
            return Problem.of(ProblemKind.METHOD_NOT_ALLOWED, "This address does not answer that method.");
        }
        if (web instanceof NotSupportedException) {
            return Problem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
        if (web instanceof NotAcceptableException) {
            return Problem.of(ProblemKind.NOT_ACCEPTABLE, "Accept application/json.");
        }
        int status = web.getResponse().getStatus();
        if (status == 413) {
            return Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The request body is larger than allowed.");
        }
        if (status >= 400 && status < 500) {
            return new Problem(ProblemKind.INVALID_REQUEST.type(), ProblemKind.INVALID_REQUEST.title(), status,
                    "The request is not valid.", List.of());
        }
        return Problem.of(ProblemKind.INTERNAL_ERROR, "The request failed unexpectedly; it has been logged.");
    }

    private static List<Problem.FieldError> fieldErrors(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    /** Drops the method and parameter names a method-level violation path starts with. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        if (violation.getExecutableParameters() != null && parts.length == 3) {
            return parts[2];
        }
        return parts.length >= 2 && violation.getExecutableParameters() != null ? parts[1] : path;
    }
}
