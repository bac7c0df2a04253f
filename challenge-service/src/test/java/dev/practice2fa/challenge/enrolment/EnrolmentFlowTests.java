package dev.practice2fa.challenge.enrolment;

import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static dev.practice2fa.challenge.support.TwoFactorApi.userToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.challenge.otp.Base32;
import dev.practice2fa.challenge.support.TestEvents;
import dev.practice2fa.challenge.support.TwoFactorApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A full enrolment per method through REST, reading codes from the real otp-deliveries topic. */
@QuarkusTest
class EnrolmentFlowTests {
    private static JsonPath start(String userId, Map<String, String> body) {
        return TwoFactorApi.startEnrolment(userToken(userId), userId, body);
    }

    private static JsonPath overview(String userId) {
        return given()
                    .auth().oauth2(userToken(userId))
                .when()
                    .get("/users/{userId}/two-factor", userId)
                .then()
                    .statusCode(200)
                    .extract().jsonPath();
    }

    @Test
    void smsFactorCountsOnlyOnceItsCodeIsProven() {
        String userId = unique("u");
        String phone = TwoFactorApi.localMobile();
        String e164 = "+61" + phone.replace(" ", "").substring(1);

        JsonPath started = start(userId, Map.of("type", "SMS", "phone", phone));
        JsonNode delivery = TwoFactorApi.delivery(started.getString("deliveryId"));
        String code = TwoFactorApi.deliveredCode(started.getString("deliveryId"));

        assertThat(started.getString("status")).isEqualTo("PENDING");
        assertThat(started.getString("destination")).isEqualTo(e164.substring(0, 3) + "******" + e164.substring(9));
        assertThat(delivery.path("destination").asText()).isEqualTo(e164);
        assertThat(delivery.path("channel").asText()).isEqualTo("SMS");
        assertThat(delivery.path("purpose").asText()).isEqualTo("ENROLMENT");
        assertThat(delivery.path("userId").asText()).isEqualTo(userId);
        assertThat(delivery.toString()).doesNotContain("\"" + code + "\"");
        assertThat(overview(userId).getList("factors.status")).containsExactly("PENDING");
        assertThat(TwoFactorApi.decide(userId, null).getString("decision")).isEqualTo("NOT_REQUIRED");

        JsonPath confirmed = TwoFactorApi.confirm(userId, started.getString("factorId"), code);

        assertThat(confirmed.getBoolean("confirmed")).isTrue();
        assertThat(confirmed.getList("recoveryCodes", String.class)).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(recovery -> assertThat(recovery).matches("^[a-z2-9]{5}-[a-z2-9]{5}$"));
        JsonPath after = overview(userId);
        assertThat(after.getList("factors.status")).containsExactly("ACTIVE");
        assertThat(after.getList("factors.destination")).doesNotContain(e164);
        assertThat(after.getInt("recoveryCodesLeft")).isEqualTo(10);
        JsonNode enrolled = TwoFactorApi.securityEvents().await(event -> userId.equals(event.key())
                && "FACTOR_ENROLLED".equals(event.value().path("type").asText())).value();
        assertThat(enrolled.path("factorType").asText()).isEqualTo("SMS");
        assertThat(enrolled.toString()).doesNotContain(e164.substring(3));
    }

    @Test
    void emailFactorIsProvenByCodeAndASecondFactorBringsNoNewRecoveryCodes() {
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());

        JsonPath started = start(userId, Map.of("type", "EMAIL", "email", "Sam.Lee+" + userId + "@Example.COM"));
        String code = TwoFactorApi.deliveredCode(started.getString("deliveryId"));
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        JsonPath refused = TwoFactorApi.confirm(userId, started.getString("factorId"), wrong);
        JsonPath confirmed = TwoFactorApi.confirm(userId, started.getString("factorId"), code);

        assertThat(TwoFactorApi.delivery(started.getString("deliveryId")).path("destination").asText())
                .isEqualTo("Sam.Lee+" + userId + "@example.com");
        assertThat(started.getString("destination")).isEqualTo("S***@example.com");
        assertThat(refused.getBoolean("confirmed")).isFalse();
        assertThat(refused.getInt("attemptsLeft")).isEqualTo(4);
        assertThat(confirmed.getBoolean("confirmed")).isTrue();
        assertThat(confirmed.getList("recoveryCodes")).isNull();
        assertThat(TwoFactorApi.decide(userId, null).getList("methods")).containsExactly("SMS", "EMAIL");
    }

    @Test
    void authenticatorIsEnrolledByScanningItsQrCode() throws Exception {
        String userId = unique("u");

        JsonPath started = start(userId, Map.of("type", "AUTHENTICATOR"));
        byte[] secret = TwoFactorApi.secretFromQrCode(started.getString("qrCode"));
        String uri = started.getString("otpauthUri");

        assertThat(secret).hasSize(20);
        assertThat(uri).startsWith("otpauth://totp/Practice%202FA:" + userId + "?secret=")
                .endsWith("&issuer=Practice%202FA&algorithm=SHA1&digits=6&period=30")
                .doesNotContain("=&").doesNotContain("+");
        assertThat(Base32.decode(started.getString("secret"))).isEqualTo(secret);
        assertThat(started.getString("secret")).matches("^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$");
        assertThat(storedSecret(started.getString("factorId")))
                .doesNotContain(Base32.encode(secret)).startsWith("local-1:");

        JsonPath confirmed = TwoFactorApi.confirm(userId, started.getString("factorId"),
                TwoFactorApi.appCode(secret, Instant.now()));

        assertThat(confirmed.getBoolean("confirmed")).isTrue();
        assertThat(TwoFactorApi.decide(userId, null).getList("methods")).containsExactly("AUTHENTICATOR");
    }

    @Test
    void signInFrontEndEnrolsUnderAChallengeThatAsksForSetUpAndCompletesIt() {
        String userId = unique("u");
        String practiceId = unique("p-unknown");
        JsonPath decision = TwoFactorApi.decide(userId, practiceId);
        String challengeId = decision.getString("challengeId");

        JsonPath started = TwoFactorApi.startEnrolment(TwoFactorApi.signInToken(), userId,
                Map.of("type", "EMAIL", "email", userId + "@example.com", "challengeId", challengeId));
        JsonNode delivery = TwoFactorApi.delivery(started.getString("deliveryId"));
        String code = TwoFactorApi.deliveredCode(started.getString("deliveryId"));
        given()
                .auth().oauth2(TwoFactorApi.signInToken())
                .queryParam("challengeId", challengeId)
            .when()
                .get("/users/{userId}/two-factor", userId)
            .then()
                .statusCode(200)
                .body("factors[0].status", is("PENDING"))
                .body("factors[0].destination", is(userId.charAt(0) + "***@example.com"));
        given()
                .auth().oauth2(TwoFactorApi.signInToken())
            .when()
                .get("/users/{userId}/two-factor", userId)
            .then()
                .statusCode(403);
        TwoFactorApi.sendConfirmation(TwoFactorApi.signInToken(), userId, started.getString("factorId"),
                        Map.of("code", code, "challengeId", challengeId))
                .statusCode(200)
                .body("confirmed", is(true))
                .body("challengeCompleted", is(true))
                .body("recoveryCodes", hasSize(10));

        assertThat(decision.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(delivery.path("challengeId").asText()).isEqualTo(challengeId);
        TwoFactorApi.readChallenge(challengeId)
                .statusCode(200)
                .body("status", is("VERIFIED"));
    }

    @Test
    void userWhoseFactorIsNoLongerAcceptedProvesItBeforeSettingUpAnother() {
        String practiceId = unique("p");
        TestEvents.awaitConsumed(TestEvents.setting(practiceId, "ENABLED_MANDATORY", "EMAIL", 1));
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        JsonPath decision = TwoFactorApi.decide(userId, practiceId);
        String challengeId = decision.getString("challengeId");
        Map<String, String> enrolment = Map.of("type", "EMAIL", "email", userId + "@example.com",
                "challengeId", challengeId);

        TwoFactorApi.requestFactor(TwoFactorApi.signInToken(), userId, enrolment)
                .statusCode(403)
                .body("type", is("urn:practice2fa:problem:verification-required"));
        JsonPath proven = TwoFactorApi.verify(challengeId, "SMS",
                TwoFactorApi.sendCode(challengeId, "SMS"), 200);
        JsonPath started = TwoFactorApi.startEnrolment(TwoFactorApi.signInToken(), userId, enrolment);
        String code = TwoFactorApi.deliveredCode(started.getString("deliveryId"));
        TwoFactorApi.sendConfirmation(TwoFactorApi.signInToken(), userId, started.getString("factorId"),
                        Map.of("code", code, "challengeId", challengeId))
                .statusCode(200)
                .body("challengeCompleted", is(true));

        assertThat(decision.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(decision.getList("verifyWith")).containsExactly("SMS");
        assertThat(proven.getBoolean("verified")).isTrue();
        assertThat(proven.getBoolean("enrolmentRequired")).isTrue();
        assertThat(TwoFactorApi.decide(userId, practiceId).getString("decision")).isEqualTo("REQUIRED");
    }

    @Test
    void serviceTokenWithoutAnEnrolmentChallengeEnrolsNobody() {
        String userId = unique("u");
        String otherUser = unique("u");
        TwoFactorApi.enrolEmail(userId, userId + "@example.com");
        String requiredChallenge = TwoFactorApi.decide(userId, null).getString("challengeId");
        String foreignChallenge = TwoFactorApi.decide(otherUser, unique("p-unknown")).getString("challengeId");

        Map<String, Integer> statusByChallenge = Map.of(
                "", 403,
                requiredChallenge, 403,
                foreignChallenge, 403,
                UUID.randomUUID().toString(), 404,
                "not-a-challenge", 404);
        statusByChallenge.forEach((challengeId, status) -> TwoFactorApi.requestFactor(
                        TwoFactorApi.signInToken(), userId, challengeId.isEmpty() ? Map.of("type", "AUTHENTICATOR")
                                : Map.of("type", "AUTHENTICATOR", "challengeId", challengeId))
                .statusCode(status)
                .contentType("application/problem+json"));

        assertThat(overview(userId).getList("factors.type")).containsExactly("EMAIL");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String userId = unique("u");
        String otherUser = unique("u");
        String otherFactor = TwoFactorApi.enrolEmail(otherUser, otherUser + "@example.com");
        List<Map<String, String>> bodies = List.of(Map.of("type", "SMS", "phone", "12345"),
                Map.of("type", "SMS", "phone", "+61 412 345 678 999"), Map.of("type", "FAX"),
                Map.of("type", "EMAIL", "email", "not-an-address"), Map.of("phone", "+61412345678"));

        for (Map<String, String> body : bodies) {
            TwoFactorApi.requestFactor(userToken(userId), userId, body)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", startsWith("urn:practice2fa:problem:"));
        }
        TwoFactorApi.sendConfirmation(userToken(userId), userId, otherFactor, Map.of("code", "123456"))
                .statusCode(404);
        TwoFactorApi.requestFactor(userToken(userId), otherUser, Map.of("type", "AUTHENTICATOR"))
                .statusCode(403);
        TwoFactorApi.sendConfirmation(userToken(otherUser), otherUser, otherFactor, Map.of("code", "12345"))
                .statusCode(400)
                .body("type", is("urn:practice2fa:problem:invalid-code"));

        assertThat(overview(userId).getList("factors")).isEmpty();
        assertThat(overview(otherUser).getList("factors.status")).containsExactly("ACTIVE");
    }

    /** What the database holds for an authenticator's secret: key id and ciphertext, never the secret. */
    private static String storedSecret(String factorId) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("POSTGRES_PORT", "15432")
                + "/challenge";
        try (Connection connection = DriverManager.getConnection(url, "twofa", "twofa");
                PreparedStatement query = connection.prepareStatement(
                        "select secret_key_id, secret_ciphertext from factor where id = ?")) {
            query.setObject(1, UUID.fromString(factorId));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1) + ":" + row.getString(2);
            }
        }
    }
}
