package dev.practice2fa.challenge.code;

import dev.practice2fa.challenge.config.ChallengeConfig;
import dev.practice2fa.challenge.store.RedisScripts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Codes and attempts in Redis. A scope (one challenge or one enrolment) has a status, a number
 * of attempts and sends, and at most one current code, kept only as a keyed hash. Each method is
 * one atomic script.
 */
@ApplicationScoped
public class CodeLedger {
    private final RedisScripts redis;
    private final ChallengeConfig config;
    private final CodeHasher hasher;
    private final Clock clock;

    public CodeLedger(RedisScripts redis, ChallengeConfig config, CodeHasher hasher, Clock clock) {
        this.redis = redis;
        this.config = config;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Opens a scope with the given fields; it expires with the challenge lifetime. */
    public Uni<Void> open(String scope, Map<String, String> fields) {
        List<Object> args = new ArrayList<>();
        args.add(config.challenges().lifetimeMinutes() * 60_000L);
        args.add("status");
        args.add("OPEN");
        fields.forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });

        return redis.run(LedgerScripts.CREATE, List.of(scope), args.toArray())
                .replaceWithVoid();
    }

    /** Takes one attempt of the scope, unless the user is locked or the scope is closed. */
    public Uni<Attempt> reserve(String scope, String userId) {
        return redis.run(LedgerScripts.RESERVE, List.of(scope, RedisKeys.userLock(userId)),
                        now(), config.attempts().perChallenge())
                .map(CodeLedger::toAttempt);
    }

    /** Counts a wrong code against the scope and the user; may close the one and lock the other. */
    public Uni<Failure> fail(String scope, String userId) {
        ChallengeConfig.Attempts attempts = config.attempts();
        List<String> keys = List.of(scope, RedisKeys.userFailures(userId), RedisKeys.userLock(userId));

        return redis.run(LedgerScripts.FAIL, keys, now(), attempts.perChallenge(), attempts.perUser(),
                        attempts.userWindowMinutes() * 60_000L, attempts.lockoutMinutes() * 60_000L,
                        UUID.randomUUID())
                .map(reply -> new Failure(reply.get(0).toInteger(), reply.get(1).toInteger() == 1));
    }

    /** Marks the scope verified by {@code method}; false when it was no longer open. */
    public Uni<Boolean> succeed(String scope, String method) {
        return markVerified(List.of(scope), method);
    }

    /**
     * Marks the scope verified by {@code method}, false when it was no longer open, and records
     * in the same call that the user passed a second factor now, which removals ask for.
     */
    public Uni<Boolean> succeedAsVerification(String scope, String method, String userId) {
        return markVerified(List.of(scope, RedisKeys.userVerifiedAt(userId)), method);
    }

    private Uni<Boolean> markVerified(List<String> keys, String method) {
        return redis.run(LedgerScripts.SUCCEED, keys, method, now(), freshMillis())
                .map(reply -> reply.toInteger() == 1);
    }

    /**
     * Marks an open scope as proven by one of the user's factors, false when it was closed, and
     * records that the user passed a second factor now.
     */
    public Uni<Boolean> prove(String scope, String userId) {
        return redis.run(LedgerScripts.PROVE, List.of(scope, RedisKeys.userVerifiedAt(userId)), now(),
                        freshMillis())
                .map(reply -> reply.toInteger() == 1);
    }

    /** Stores a new code for the scope, replacing the old one, if every sending limit allows. */
    public Uni<Issue> issue(String scope, IssueRequest request) {
        ChallengeConfig.Codes codes = config.codes();
        List<String> keys = List.of(scope, RedisKeys.code(scope), RedisKeys.userSends(request.userId()),
                RedisKeys.destinationSends(hasher.hash("destination", request.destination())));
        long now = now();

        return redis.run(LedgerScripts.ISSUE, keys, now, hasher.hash(scope, request.code()), request.method(),
                        request.expiresAtMillis(), codes.lifetimeSeconds() * 1000L,
                        codes.resendIntervalSeconds() * 1000L, codes.maxResends() + 1, codes.hourlyLimit(),
                        request.deliveryId())
                .map(CodeLedger::toIssue);
    }

    /**
     * Uses the scope's current code if {@code code} is it, for {@code method}, and unexpired.
     * Redis compares keyed hashes, so how long the comparison takes tells nothing about the code.
     */
    public Uni<Boolean> consume(String scope, String method, String code) {
        return redis.run(LedgerScripts.CONSUME, List.of(RedisKeys.code(scope)), hasher.hash(scope, code),
                        method, now())
                .map(reply -> reply.toInteger() == 1);
    }

    private long now() {
        return clock.millis();
    }

    private long freshMillis() {
        return config.challenges().freshVerificationMinutes() * 60_000L;
    }

    private static Attempt toAttempt(Response reply) {
        long value = reply.get(1).toLong();
        return switch (reply.get(0).toString()) {
            case "RESERVED" -> new Attempt.Reserved((int) value);
            case "LOCKED" -> new Attempt.Locked(value);
            case "UNKNOWN" -> new Attempt.Unknown();
            default -> new Attempt.Closed();
        };
    }

    private static Issue toIssue(Response reply) {
        long value = reply.get(1).toLong();
        return switch (reply.get(0).toString()) {
            case "ISSUED" -> new Issue.Issued((int) value);
            case "TOO_SOON" -> new Issue.TooSoon(value);
            case "EXHAUSTED" -> new Issue.ResendsExhausted();
            case "HOURLY" -> new Issue.HourlyLimit();
            default -> new Issue.Closed();
        };
    }

    /** A code to store: for whom, sent where and how, valid until when. */
    public record IssueRequest(String userId, String method, String destination, String code,
            String deliveryId, long expiresAtMillis) {
    }
}
