package dev.practice2fa.challenge.challenge;

import dev.practice2fa.challenge.code.CodeLedger;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.decision.Decision;
import dev.practice2fa.challenge.decision.DecisionOutcome;
import dev.practice2fa.challenge.decision.Method;
import dev.practice2fa.challenge.decision.PracticeRule;
import dev.practice2fa.challenge.store.RedisScripts;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Sign-in challenges in Redis, expiring with the configured challenge lifetime. */
@ApplicationScoped
public class ChallengeStore {
    private static final Pattern UUID_SHAPE = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final CodeLedger ledger;
    private final RedisScripts redis;

    public ChallengeStore(CodeLedger ledger, RedisScripts redis) {
        this.ledger = ledger;
        this.redis = redis;
    }

    /** Stores a new challenge for the outcome and returns its id. */
    public Uni<String> create(String userId, String practiceId, DecisionOutcome outcome) {
        String id = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("userId", userId);
        fields.put("practiceId", practiceId == null ? "" : practiceId);
        fields.put("decision", outcome.decision().name());
        fields.put("methods", join(outcome.methods()));
        fields.put("rules", encodeRules(outcome.rules()));
        fields.put("verifyWith", join(outcome.verifyWith()));
        fields.put("attempts", "0");
        if (outcome.decision() == Decision.NOT_REQUIRED) {
            fields.put("status", "NOT_REQUIRED");
        }

        return ledger.open(RedisKeys.challenge(id), fields)
                .replaceWith(id);
    }

    /** The challenge, or a 404 problem when the id is malformed, unknown or expired. */
    public Uni<Challenge> get(String challengeId) {
        if (challengeId == null || !UUID_SHAPE.matcher(challengeId).matches()) {
            return Uni.createFrom().failure(notFound());
        }

        return redis.command("HGETALL", RedisKeys.challenge(challengeId))
                .map(reply -> toChallenge(challengeId, reply))
                .onItem().ifNull().failWith(ChallengeStore::notFound);
    }

    public static ApiProblemException notFound() {
        return ApiProblemException.withType(ProblemKind.NOT_FOUND, "challenge-not-found",
                "There is no open challenge with this id.");
    }

    private static Challenge toChallenge(String id, Response reply) {
        Map<String, String> fields = new HashMap<>();
        for (String name : reply.getKeys()) {
            fields.put(name, reply.get(name).toString());
        }
        if (!fields.containsKey("userId")) {
            return null;
        }
        String practiceId = fields.getOrDefault("practiceId", "");
        return new Challenge(id, fields.get("userId"), practiceId.isEmpty() ? null : practiceId,
                Decision.valueOf(fields.get("decision")), split(fields.get("methods")),
                decodeRules(fields.getOrDefault("rules", "")), fields.get("status"),
                Integer.parseInt(fields.getOrDefault("attempts", "0")),
                split(fields.get("verifyWith")), "1".equals(fields.get("proven")));
    }

    private static String join(java.util.Collection<Method> methods) {
        return methods.stream().map(Method::name).collect(Collectors.joining(","));
    }

    private static List<Method> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Method::valueOf).toList();
    }

    /** Practice ids cannot hold '=', ';' or ',', so this plain form is unambiguous. */
    private static String encodeRules(List<PracticeRule> rules) {
        return rules.stream()
                .map(rule -> rule.practiceId() + "=" + join(EnumSet.copyOf(rule.allowed())))
                .collect(Collectors.joining(";"));
    }

    private static Map<String, Set<Method>> decodeRules(String text) {
        Map<String, Set<Method>> rules = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return rules;
        }
        for (String entry : text.split(";")) {
            String[] parts = entry.split("=", 2);
            rules.put(parts[0], split(parts.length > 1 ? parts[1] : "").isEmpty()
                    ? EnumSet.noneOf(Method.class) : EnumSet.copyOf(split(parts[1])));
        }
        return rules;
    }
}
