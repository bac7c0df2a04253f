package dev.practice2fa.benchmarks.scenario.api;

import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.LocalHttp;
import dev.practice2fa.benchmarks.http.UnexpectedAnswer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletionStage;

/**
 * The policy service's REST API as the benchmarks call it, with the paths, fields and answers of
 * policy-service/README.md: registering a practice or adding a member answers 201 when new and
 * 200 when changed, and a change of the setting must name the version it is based on, as a read
 * gave it, or it is refused (428 without one, 409 when stale).
 */
public final class PolicyApi {
    static final String PRACTICE = "/practices/%s";
    static final String MEMBER = "/practices/%s/members/%s";
    static final String SETTINGS = "/practices/%s/two-factor-settings";
    static final String NAME = "name";
    static final String LOCALE = "locale";
    static final String ROLE = "role";
    static final String EMAIL = "email";
    static final String DISPLAY_NAME = "displayName";
    static final String MODE = "mode";
    static final String METHOD_PREFERENCE = "methodPreference";
    /** The field of the settings, read or changed, that carries the practice's version. */
    static final String VERSION = "version";

    public static final String FULL_ACCESS = "FULL_ACCESS";
    public static final String STANDARD = "STANDARD";
    public static final String LOCALE_AU = "en-AU";

    private final LocalHttp http;
    private final Tokens tokens;

    public PolicyApi(LocalHttp http, Tokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** Registers a practice, as the platform does. */
    public CompletionStage<Void> registerPractice(String practiceId, String name) {
        JsonObject body = new JsonObject()
                .put(NAME, name)
                .put(LOCALE, LOCALE_AU);
        return succeed(http.send(HttpMethod.PUT, PRACTICE.formatted(practiceId), tokens.platform(), body));
    }

    /** Adds a member to a practice, as the platform does. */
    public CompletionStage<Void> addMember(String practiceId, String userId, String role, String email) {
        JsonObject body = new JsonObject()
                .put(ROLE, role)
                .put(EMAIL, email)
                .put(DISPLAY_NAME, "Benchmark " + userId)
                .put(LOCALE, LOCALE_AU);
        return succeed(http.send(HttpMethod.PUT, MEMBER.formatted(practiceId, userId), tokens.platform(),
                body));
    }

    /** The practice's current version, read by its full-access member {@code adminId}. */
    public CompletionStage<Long> readVersion(String practiceId, String adminId) {
        return http.send(HttpMethod.GET, SETTINGS.formatted(practiceId), tokens.user(adminId), null)
                .thenApply(answer -> versionOf(answer.requireSuccess()));
    }

    /**
     * Changes a practice's two-factor setting as its full-access member {@code adminId}, based on
     * the version {@code basedOn} that a read or the last change gave.
     */
    public CompletionStage<HttpAnswer> changeSetting(String practiceId, String adminId, String mode,
            String methodPreference, long basedOn) {
        JsonObject body = new JsonObject()
                .put(MODE, mode)
                .put(METHOD_PREFERENCE, methodPreference)
                .put(VERSION, basedOn);
        return http.send(HttpMethod.PUT, SETTINGS.formatted(practiceId), tokens.user(adminId), body)
                .thenApply(HttpAnswer::requireSuccess);
    }

    /** The practice's version in a settings answer, read or changed. */
    public static long versionOf(HttpAnswer answer) {
        Object version = answer.json().getValue(VERSION);
        if (!(version instanceof Number number)) {
            throw new UnexpectedAnswer(answer.request(), answer.status(), "no numeric '" + VERSION + "'");
        }
        return number.longValue();
    }

    private static CompletionStage<Void> succeed(CompletionStage<HttpAnswer> answer) {
        return answer.thenAccept(HttpAnswer::requireSuccess);
    }
}
