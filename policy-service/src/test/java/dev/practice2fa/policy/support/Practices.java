package dev.practice2fa.policy.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** Sets up practices and members through the API, each test with ids of its own. */
public final class Practices {
    private Practices() {
    }

    /** An id no other test and no earlier run uses. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Registers a new practice and returns its id. */
    public static String register(String prefix) {
        String practiceId = uniqueId(prefix);
        put(practiceId, Tokens.platform(), Map.of("name", "Harbour Clinic", "locale", "en-AU"))
                .statusCode(201);
        return practiceId;
    }

    /** Registers or renames the practice with {@code token}; the caller checks the answer. */
    public static ValidatableResponse put(String practiceId, String token, Map<String, ?> body) {
        return given()
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .put("/practices/{practiceId}", practiceId)
            .then();
    }

    /** Adds a member with {@code role} and an address of their own; returns the user id. */
    public static String addMember(String practiceId, String role) {
        String userId = uniqueId("u");
        addMember(practiceId, userId, role);
        return userId;
    }

    public static void addMember(String practiceId, String userId, String role) {
        putMember(practiceId, userId, Map.of("role", role, "email", userId + "@example.com",
                        "displayName", "Dr " + userId))
                .statusCode(201);
    }

    /** Adds or changes a member as the platform; the caller checks the answer. */
    public static ValidatableResponse putMember(String practiceId, String userId, Map<String, ?> body) {
        return given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .put("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then();
    }

    /** The practice's current version as its member {@code userId} reads it. */
    public static long version(String practiceId, String userId) {
        return SettingsApi.read(practiceId, Tokens.user(userId))
                .statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    /** Changes the setting as {@code userId}, based on {@code version}; expects success. */
    public static void changeSetting(String practiceId, String userId, String mode, String preference,
            long version) {
        SettingsApi.change(practiceId, Tokens.user(userId), "\"" + version + "\"",
                        Map.of("mode", mode, "methodPreference", preference))
                .statusCode(200);
    }
}
