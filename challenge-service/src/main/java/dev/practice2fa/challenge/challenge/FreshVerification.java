package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.config.ChallengeConfig;
import dev.practice2fa.challenge.store.RedisScripts;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * When each user last passed a second factor: removing factors or codes needs it to be recent.
 * {@link dev.practice2fa.challenge.code.CodeLedger} records it in the script that verifies a
 * challenge, so that a verification costs one round trip to Redis less.
 */
@ApplicationScoped
public class FreshVerification {
    private final RedisScripts redis;
    private final Clock clock;
    private final long freshMillis;

    public FreshVerification(RedisScripts redis, Clock clock, ChallengeConfig config) {
        this.redis = redis;
        this.clock = clock;
        this.freshMillis = config.challenges().freshVerificationMinutes() * 60_000L;
    }

    /** Fails with 403 unless the user passed a second factor within the fresh period. */
    public Uni<Void> require(String userId) {
        return redis.command("GET", RedisKeys.userVerifiedAt(userId))
                .map(reply -> reply == null ? 0L : reply.toLong())
                .invoke(at -> {
                    if (clock.millis() - at > freshMillis) {
                        throw ApiProblemException.withType(ProblemKind.FORBIDDEN,
                                "fresh-verification-required",
                                "Pass a second-factor verification first; this needs a recent one.");
                    }
                })
                .replaceWithVoid();
    }
}
