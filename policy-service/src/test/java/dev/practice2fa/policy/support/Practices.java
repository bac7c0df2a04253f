package dev.practice2fa.policy.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
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
        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Harbour Clinic", "locale", "en-AU"))
            .when()
                .put("/practices/{practiceId}", practiceId)
            .then()
                .statusCode(201);
        return practiceId;
    }

    /** Adds a member with {@code role} and an address of their own; returns the user id. */
    public static String addMember(String practiceId, String role) {
        String userId = uniqueId("u");
        addMember(practiceId, userId, role);
        return userId;
    }

    public static void addMember(String practiceId, String userId, String role) {
        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(Map.of("role", role, "email", userId + "@example.com",
                        "displayName", "Dr " + userId))
            .when()
                .put("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then()
                .statusCode(201);
    }

    /** The practice's current version as its member {@code userId} reads it. */
    public static long version(String practiceId, String userId) {
        return given()
                .auth().oauth2(Tokens.user(userId))
            .when()
                .get("/practices/{practiceId}/two-factor-settings", practiceId)
            .then()
                .statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    /** Changes the setting as {@code userId}, based on {@code version}; expects success. */
    public static void changeSetting(String practiceId, String userId, String mode, String preference,
            long version) {
        given()
                .auth().oauth2(Tokens.user(userId))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("mode", mode, "methodPreference", preference))
            .when()
                .put("/practices/{practiceId}/two-factor-settings", practiceId)
            .then()
                .statusCode(200);
    }
}
