package dev.practice2fa.challenge.enrolment;

import static dev.practice2fa.challenge.support.TwoFactorApi.decide;
import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static dev.practice2fa.challenge.support.TwoFactorApi.userToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.challenge.support.MutableClock;
import dev.practice2fa.challenge.support.TwoFactorApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recovery codes, and removing factors or regenerating codes only when freshly verified. */
@QuarkusTest
class FactorLifecycleTests {
    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A user with an active email factor; returns the recovery codes issued with it. */
    private static List<String> userWithEmail(String userId) {
        JsonPath started = TwoFactorApi.startEnrolment(userToken(userId), userId,
                Map.of("type", "EMAIL", "email", userId + "@example.com"));
        String code = TwoFactorApi.deliveredCode(started.getString("deliveryId"));
        return TwoFactorApi.confirm(userId, started.getString("factorId"), code).getList("recoveryCodes");
    }

    private static JsonPath recover(String challengeId, String recoveryCode) {
        return given()
                    .auth().oauth2(TwoFactorApi.signInToken())
                    .contentType(ContentType.JSON)
                    .body(Map.of("recoveryCode", recoveryCode))
                .when()
                    .post("/challenges/{id}/verification", challengeId)
                .then()
                    .statusCode(200)
                    .extract().jsonPath();
    }

    private static void verifyByEmail(String userId) {
        String challengeId = decide(userId, null).getString("challengeId");
        TwoFactorApi.verify(challengeId, "EMAIL", TwoFactorApi.sendCode(challengeId, "EMAIL"), 200);
    }

    @Test
    void recoveryCodeWorksOnceAndIsReported() {
        String userId = unique("u");
        String recoveryCode = userWithEmail(userId).get(3);

        JsonPath first = recover(decide(userId, null).getString("challengeId"), recoveryCode.toUpperCase());
        JsonPath second = recover(decide(userId, null).getString("challengeId"), recoveryCode);

        assertThat(first.getBoolean("verified")).isTrue();
        assertThat(first.getString("method")).isEqualTo("RECOVERY_CODE");
        assertThat(second.getBoolean("verified")).isFalse();
        assertThat(second.getInt("attemptsLeft")).isEqualTo(4);
        JsonNode used = TwoFactorApi.securityEvents().await(event -> userId.equals(event.key())
                && "RECOVERY_CODE_USED".equals(event.value().path("type").asText())).value();
        assertThat(used.toString()).doesNotContain(recoveryCode).doesNotContain("@example.com");
    }

    @Test
    void removingAFactorNeedsAVerificationFromTheLastTenMinutes() {
        String userId = unique("u");
        userWithEmail(userId);
        String factorId = given()
                    .auth().oauth2(userToken(userId))
                .when()
                    .get("/users/{userId}/two-factor", userId)
                .then()
                    .extract().path("factors[0].factorId");

        given()
                .auth().oauth2(userToken(userId))
            .when()
                .delete("/users/{userId}/factors/{factorId}", userId, factorId)
            .then()
                .statusCode(403)
                .body("type", is("urn:practice2fa:problem:fresh-verification-required"));
        verifyByEmail(userId);
        clock.advance(Duration.ofMinutes(11));
        given()
                .auth().oauth2(userToken(userId))
            .when()
                .delete("/users/{userId}/factors/{factorId}", userId, factorId)
            .then()
                .statusCode(403);
        given()
                .auth().oauth2(TwoFactorApi.signInToken())
            .when()
                .delete("/users/{userId}/factors/{factorId}", userId, factorId)
            .then()
                .statusCode(403);

        verifyByEmail(userId);
        given()
                .auth().oauth2(userToken(userId))
            .when()
                .delete("/users/{userId}/factors/{factorId}", userId, factorId)
            .then()
                .statusCode(204);

        assertThat(decide(userId, null).getString("decision")).isEqualTo("NOT_REQUIRED");
        TwoFactorApi.securityEvents().await(event -> userId.equals(event.key())
                && "FACTOR_REMOVED".equals(event.value().path("type").asText()));
    }

    @Test
    void regeneratedRecoveryCodesReplaceTheOldSet() {
        String userId = unique("u");
        List<String> old = userWithEmail(userId);

        given()
                .auth().oauth2(userToken(userId))
            .when()
                .post("/users/{userId}/recovery-codes", userId)
            .then()
                .statusCode(403);
        verifyByEmail(userId);
        List<String> fresh = given()
                    .auth().oauth2(userToken(userId))
                .when()
                    .post("/users/{userId}/recovery-codes", userId)
                .then()
                    .statusCode(201)
                    .extract().jsonPath().getList("recoveryCodes");

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(recover(decide(userId, null).getString("challengeId"), old.get(0)).getBoolean("verified"))
                .isFalse();
        assertThat(recover(decide(userId, null).getString("challengeId"), fresh.get(0)).getBoolean("verified"))
                .isTrue();
    }
}
