package dev.practice2fa.challenge.benchmark;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The benchmarks' baseline: a request that does no work but passes through the same HTTP stack,
 * security layer and JSON writer as every business request, so that a scenario's rate against
 * it tells what the business logic costs. It reads and changes nothing, so it needs no token.
 */
@Path("/benchmark/no-op")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class NoOpResource {
    private static final NoOp ANSWER = new NoOp("ok");

    @GET
    @NonBlocking
    public NoOp noOp() {
        return ANSWER;
    }

    /** The whole answer. */
    public record NoOp(String status) {
    }
}
