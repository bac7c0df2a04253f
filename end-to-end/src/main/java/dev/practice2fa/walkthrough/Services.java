package dev.practice2fa.walkthrough;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.stack.TokenMinter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two services' APIs as their callers use them: the platform and administrators on the
 * policy service, the sign-in front end and users on the challenge service.
 */
final class Services {
    private final Http http = new Http();
    private final Endpoints endpoints;
    private final TokenMinter tokens;

    Services(Endpoints endpoints, TokenMinter tokens) {
        this.endpoints = endpoints;
        this.tokens = tokens;
    }

    Http http() {
        return http;
    }

    void registerPractice(String practiceId, String name) {
        http.put(endpoints.policy() + "/practices/" + practiceId, tokens.platform(),
                        Map.of("name", name, "locale", "en-AU"))
                .expectSuccess("registering practice " + practiceId);
    }

    void addMember(String practiceId, Person person, String role) {
        http.put(endpoints.policy() + "/practices/" + practiceId + "/members/" + person.userId(), tokens.platform(),
                        Map.of("role", role, "email", person.email(), "displayName", person.name(),
                                "locale", "en-AU"))
                .expectSuccess("adding " + person.name() + " to " + practiceId);
    }

    /** Reads the setting, then changes it based on the version read, as the settings page does. */
    JsonNode changeSetting(String practiceId, Person admin, String mode, String methodPreference) {
        String url = endpoints.policy() + "/practices/" + practiceId + "/two-factor-settings";
        String token = tokens.user(admin.userId());
        long version = http.get(url, token)
                .expect(200, "reading the two-factor setting of " + practiceId)
                .body().path("version").asLong();
        return http.put(url, token, Map.of("mode", mode, "methodPreference", methodPreference, "version", version))
                .expect(200, "changing the two-factor setting of " + practiceId)
                .body();
    }

    /** Asks what second factor {@code person} needs; {@code practiceId} may be null. */
    JsonNode signIn(Person person, String practiceId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("userId", person.userId());
        if (practiceId != null) {
            body.put("practiceId", practiceId);
        }
        return http.post(endpoints.challenge() + "/sign-in/two-factor", tokens.signIn(), body)
                .expect(200, "the sign-in decision for " + person.name())
                .body();
    }

    /** Starts enrolment inside sign-in, on the user's behalf, under the decision's challenge. */
    JsonNode enrolDuringSignIn(Person person, String challengeId, Map<String, String> factor) {
        Map<String, String> body = new LinkedHashMap<>(factor);
        body.put("challengeId", challengeId);
        return http.post(endpoints.challenge() + "/users/" + person.userId() + "/factors", tokens.signIn(), body)
                .expectSuccess("starting enrolment for " + person.name())
                .body();
    }

    /** Starts enrolment from the user's own account settings. */
    JsonNode enrolFromAccount(Person person, Map<String, String> factor) {
        return http.post(endpoints.challenge() + "/users/" + person.userId() + "/factors",
                        tokens.user(person.userId()), factor)
                .expectSuccess("starting enrolment for " + person.name())
                .body();
    }

    JsonNode confirmDuringSignIn(Person person, String factorId, String code, String challengeId) {
        return http.post(confirmation(person, factorId), tokens.signIn(),
                        Map.of("code", code, "challengeId", challengeId))
                .expect(200, "confirming the factor of " + person.name())
                .body();
    }

    JsonNode confirmFromAccount(Person person, String factorId, String code) {
        return http.post(confirmation(person, factorId), tokens.user(person.userId()), Map.of("code", code))
                .expect(200, "confirming the factor of " + person.name())
                .body();
    }

    JsonNode sendCode(String challengeId, String method) {
        return http.post(endpoints.challenge() + "/challenges/" + challengeId + "/deliveries", tokens.signIn(),
                        Map.of("method", method))
                .expectSuccess("sending a code by " + method)
                .body();
    }

    Http.Reply verify(String challengeId, String method, String code) {
        return http.post(verification(challengeId), tokens.signIn(), Map.of("method", method, "code", code));
    }

    Http.Reply verifyRecoveryCode(String challengeId, String recoveryCode) {
        return http.post(verification(challengeId), tokens.signIn(), Map.of("recoveryCode", recoveryCode));
    }

    private String confirmation(Person person, String factorId) {
        return endpoints.challenge() + "/users/" + person.userId() + "/factors/" + factorId + "/confirmation";
    }

    private String verification(String challengeId) {
        return endpoints.challenge() + "/challenges/" + challengeId + "/verification";
    }
}
