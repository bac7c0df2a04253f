package dev.practice2fa.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ProblemTableTests {
    @Test
    void keepsTheProblemAnApiProblemCarries() {
        Problem problem = ProblemTable.toProblem(new ApiProblemException(ProblemKind.CONFLICT, "stale"));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:practice2fa:problem:conflict");
        assertThat(problem.detail()).isEqualTo("stale");
    }

    @Test
    void answersMalformedJsonWith400() {
        Problem problem = ProblemTable.toProblem(new JsonParseException(null, "Unexpected character"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("Unexpected character");
    }

    @Test
    void answersMalformedJsonWrappedByTheBodyReaderAsMalformedJson() {
        WebApplicationException wrapped = new WebApplicationException(
                new JsonParseException(null, "Unexpected end-of-input"), Response.Status.BAD_REQUEST);

        Problem problem = ProblemTable.toProblem(wrapped);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("The request body is not well-formed JSON.");
    }

    @Test
    void answersSecurityFailuresWith401And403() {
        assertThat(ProblemTable.toProblem(new UnauthorizedException()).status()).isEqualTo(401);
        assertThat(ProblemTable.toProblem(new ForbiddenException()).status()).isEqualTo(403);
    }

    @Test
    void answersFrameworkRefusalsWithTheirOwnStatus() {
        assertThat(ProblemTable.toProblem(new NotFoundException()).status()).isEqualTo(404);
        assertThat(ProblemTable.toProblem(new NotSupportedException()).status()).isEqualTo(415);
    }

    @Test
    void answersAnUnreachableDependencyWith503() {
        Throwable failure = new RuntimeException("wrapped", new ConnectException("Connection refused"));

        assertThat(ProblemTable.toProblem(failure).status()).isEqualTo(503);
    }

    @Test
    void neverShowsAClassNameOrMessageOfAnUnexpectedFailure() {
        Problem problem = ProblemTable.toProblem(new IllegalStateException("secret internals"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("secret internals").doesNotContain("IllegalState");
    }
}
