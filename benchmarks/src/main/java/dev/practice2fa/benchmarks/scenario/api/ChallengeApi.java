package dev.practice2fa.benchmarks.scenario.api;

import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.LocalHttp;
import dev.practice2fa.benchmarks.http.UnexpectedAnswer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The challenge service's REST API as the benchmarks call it, with the paths, fields and answers
 * of challenge-service/README.md. Enrolment answers 201, a code sent 202; a verification or a
 * confirmation answers 200 whether or not the code was right, so its body says which
 * ({@code verified}, {@code confirmed}), and only a right code counts as a success here.
 */
public final class ChallengeApi {
    static final String SIGN_IN = "/sign-in/two-factor";
    static final String FACTORS = "/users/%s/factors";
    static final String CONFIRMATION = "/users/%s/factors/%s/confirmation";
    static final String DELIVERIES = "/challenges/%s/deliveries";
    static final String VERIFICATION = "/challenges/%s/verification";
    static final String USER_ID = "userId";
    static final String PRACTICE_ID = "practiceId";
    static final String DECISION = "decision";
    static final String CHALLENGE_ID = "challengeId";
    static final String TYPE = "type";
    static final String PHONE = "phone";
    static final String EMAIL = "email";
    static final String FACTOR_ID = "factorId";
    static final String METHOD = "method";
    static final String CODE = "code";
    static final String VERIFIED = "verified";
    static final String CONFIRMED = "confirmed";
    static final String ATTEMPTS_LEFT = "attemptsLeft";
    static final String OTPAUTH_SCHEME = "otpauth://";

    public static final String SMS = "SMS";
    public static final String EMAIL_METHOD = "EMAIL";
    public static final String AUTHENTICATOR = "AUTHENTICATOR";

    private final LocalHttp http;
    private final Tokens tokens;

    public ChallengeApi(LocalHttp http, Tokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** Asks for the sign-in decision of a user, naming a practice or none ({@code null}). */
    public CompletionStage<HttpAnswer> decide(String userId, String practiceId) {
        JsonObject body = new JsonObject().put(USER_ID, userId);
        if (practiceId != null) {
            body.put(PRACTICE_ID, practiceId);
        }
        return http.send(HttpMethod.POST, SIGN_IN, tokens.signIn(), body);
    }

    /** The decision and challenge of a successful answer to {@link #decide}. */
    public static Decision decisionOf(HttpAnswer answer) {
        JsonObject json = answer.requireSuccess().json();
        String challengeId = json.getString(CHALLENGE_ID);
        if (challengeId == null) {
            throw new UnexpectedAnswer(answer.request(), answer.status(), "no '" + CHALLENGE_ID + "'");
        }
        return new Decision(json.getString(DECISION), challengeId);
    }

    /**
     * Starts enrolling an SMS or email factor inside a sign-in, as the sign-in front end does
     * under the challenge of a decision that asks for set-up.
     *
     * @param method {@link #SMS} or {@link #EMAIL_METHOD}
     * @param destination the phone number or mail address
     */
    public CompletionStage<JsonObject> enrolDuringSignIn(String userId, String challengeId, String method,
            String destination) {
        JsonObject body = new JsonObject()
                .put(TYPE, method)
                .put(SMS.equals(method) ? PHONE : EMAIL, destination)
                .put(CHALLENGE_ID, challengeId);
        return http.send(HttpMethod.POST, FACTORS.formatted(userId), tokens.signIn(), body)
                .thenApply(answer -> answer.requireSuccess().json());
    }

    /** Starts enrolling an authenticator app from the user's account settings. */
    public CompletionStage<JsonObject> enrolAuthenticator(String userId) {
        JsonObject body = new JsonObject().put(TYPE, AUTHENTICATOR);
        return http.send(HttpMethod.POST, FACTORS.formatted(userId), tokens.user(userId), body)
                .thenApply(answer -> answer.requireSuccess().json());
    }

    /** Confirms an enrolment from account settings with its first code, activating the factor. */
    public CompletionStage<Void> confirm(String userId, String factorId, String code) {
        JsonObject body = new JsonObject().put(CODE, code);
        return http.send(HttpMethod.POST, CONFIRMATION.formatted(userId, factorId), tokens.user(userId), body)
                .thenAccept(answer -> requireTrue(answer, CONFIRMED));
    }

    /** Confirms an enrolment made during a sign-in, which activates the factor and completes it. */
    public CompletionStage<Void> confirmDuringSignIn(String userId, String challengeId, String factorId,
            String code) {
        JsonObject body = new JsonObject().put(CODE, code).put(CHALLENGE_ID, challengeId);
        return http.send(HttpMethod.POST, CONFIRMATION.formatted(userId, factorId), tokens.signIn(), body)
                .thenAccept(answer -> requireTrue(answer, CONFIRMED));
    }

    /** Sends (or resends) a code for a challenge by {@code method}. */
    public CompletionStage<HttpAnswer> sendCode(String challengeId, String method) {
        JsonObject body = new JsonObject().put(METHOD, method);
        return http.send(HttpMethod.POST, DELIVERIES.formatted(challengeId), tokens.signIn(), body);
    }

    /** Verifies a code for a challenge. */
    public CompletionStage<HttpAnswer> verify(String challengeId, String method, String code) {
        JsonObject body = new JsonObject().put(METHOD, method).put(CODE, code);
        return http.send(HttpMethod.POST, VERIFICATION.formatted(challengeId), tokens.signIn(), body);
    }

    /** A verification answer that says the challenge is now verified; any other fails. */
    public static HttpAnswer requireVerified(HttpAnswer answer) {
        return requireTrue(answer, VERIFIED);
    }

    private static HttpAnswer requireTrue(HttpAnswer answer, String field) {
        JsonObject json = answer.requireSuccess().json();
        if (!Boolean.TRUE.equals(json.getValue(field))) {
            throw new UnexpectedAnswer(answer.request(), answer.status(),
                    "'" + field + "' not true (" + ATTEMPTS_LEFT + " " + json.getValue(ATTEMPTS_LEFT) + ")");
        }
        return answer;
    }

    /** The new factor's id in an enrolment answer. */
    public static String factorIdOf(JsonObject enrolment) {
        String factorId = enrolment.getString(FACTOR_ID);
        if (factorId == null) {
            throw new IllegalStateException("the enrolment answer has no '" + FACTOR_ID + "'");
        }
        return factorId;
    }

    /**
     * The {@code otpauth://} URI anywhere in an enrolment answer, so that the name of the field
     * carrying it does not matter.
     */
    public static Optional<String> otpauthUriOf(Object value) {
        if (value instanceof String text && text.startsWith(OTPAUTH_SCHEME)) {
            return Optional.of(text);
        }
        Iterable<?> children = value instanceof JsonObject object ? object.getMap().values()
                : value instanceof JsonArray array ? array.getList() : List.of();
        for (Object child : children) {
            Optional<String> found = otpauthUriOf(wrap(child));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Object wrap(Object child) {
        if (child instanceof Map<?, ?> map) {
            return new JsonObject((Map<String, Object>) map);
        }
        if (child instanceof List<?> list) {
            return new JsonArray(list);
        }
        return child;
    }
}
