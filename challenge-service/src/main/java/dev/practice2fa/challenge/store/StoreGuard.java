package dev.practice2fa.challenge.store;

import dev.practice2fa.challenge.config.ChallengeConfig;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Turns a store that does not answer in time, or fails, into a 503 problem: an answer that
 * depends on Redis or PostgreSQL is never a success without them.
 */
@ApplicationScoped
public class StoreGuard {
    private final Duration timeout;

    public StoreGuard(ChallengeConfig config) {
        this.timeout = Duration.ofMillis(config.challenges().storeTimeoutMillis());
    }

    public <T> Uni<T> guard(String store, Uni<T> call) {
        return call
                .ifNoItem().after(timeout).fail()
                .onFailure(failure -> !(failure instanceof ApiProblemException))
                .transform(failure -> unavailable(store, failure));
    }

    private static ApiProblemException unavailable(String store, Throwable failure) {
        Log.warnf("%s did not answer: %s", store, failure.getClass().getSimpleName());
        return ApiProblemException.withType(ProblemKind.UNAVAILABLE, "store-unavailable",
                store + " cannot be reached; nothing was changed or accepted.");
    }
}
