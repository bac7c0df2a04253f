package dev.practice2fa.challenge.delivery;

import static dev.practice2fa.challenge.support.TwoFactorApi.decide;
import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.challenge.support.MutableClock;
import dev.practice2fa.challenge.support.TestEvents;
import dev.practice2fa.challenge.support.TwoFactorApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending and resending codes, their limits and expiry, and what the notification service reports. */
@QuarkusTest
class DeliveryTests {
    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static ValidatableResponse send(String challengeId, String method) {
        return given()
                    .auth().oauth2(TwoFactorApi.signInToken())
                    .contentType(ContentType.JSON)
                    .body(Map.of("method", method))
                .when()
                    .post("/challenges/{id}/deliveries", challengeId)
                .then();
    }

    private static String userWithSms() {
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        return userId;
    }

    @Test
    void deliveryEventCarriesTheSealedCodeAndNoPlainOne() {
        String practiceId = unique("p");
        TestEvents.awaitConsumed(TestEvents.setting(practiceId, "ENABLED_MANDATORY", "OPTIONAL", 1));
        String userId = userWithSms();
        String challengeId = decide(userId, practiceId).getString("challengeId");

        String deliveryId = send(challengeId, "SMS").statusCode(202).extract().path("deliveryId");
        JsonNode event = TwoFactorApi.delivery(deliveryId);
        String code = TwoFactorApi.deliveredCode(deliveryId);

        assertThat(code).matches("^[0-9]{6}$");
        assertThat(event.toString()).doesNotContain("\"" + code + "\"");
        assertThat(event.path("type").asText()).isEqualTo("OTP_DELIVERY_REQUESTED");
        assertThat(event.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.path("challengeId").asText()).isEqualTo(challengeId);
        assertThat(event.path("purpose").asText()).isEqualTo("SIGN_IN");
        assertThat(event.path("practiceName").asText()).isEqualTo("Harbour Clinic " + practiceId);
        assertThat(event.path("locale").asText()).isEqualTo("en-AU");
        assertThat(Instant.parse(event.path("expiresAt").asText()))
                .isBetween(Instant.now().plusSeconds(280), Instant.now().plusSeconds(310));
        assertThat(TwoFactorApi.deliveryKey(deliveryId)).isEqualTo(challengeId);
    }

    @Test
    void resendWaitsThirtySecondsReplacesTheCodeAndStopsAfterThree() {
        String challengeId = decide(userWithSms(), null).getString("challengeId");
        String first = TwoFactorApi.sendCode(challengeId, "SMS");

        send(challengeId, "SMS")
                .statusCode(429)
                .body("type", is("urn:practice2fa:problem:resend-too-soon"));
        String latest = first;
        for (int resend = 1; resend <= 3; resend++) {
            clock.advance(Duration.ofSeconds(31));
            latest = TwoFactorApi.sendCode(challengeId, "SMS");
        }
        clock.advance(Duration.ofSeconds(31));
        send(challengeId, "SMS")
                .statusCode(429)
                .body("type", is("urn:practice2fa:problem:resends-exhausted"));

        if (!first.equals(latest)) {
            assertThat(TwoFactorApi.verify(challengeId, "SMS", first, 200).getBoolean("verified")).isFalse();
        }
        assertThat(TwoFactorApi.verify(challengeId, "SMS", latest, 200).getBoolean("verified")).isTrue();
    }

    @Test
    void expiredCodeGetsTheAnswerOfAWrongCode() {
        String userId = userWithSms();
        String challengeId = decide(userId, null).getString("challengeId");
        String code = TwoFactorApi.sendCode(challengeId, "SMS");
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        String other = decide(userId, null).getString("challengeId");
        TwoFactorApi.sendCode(other, "SMS");

        clock.advance(Duration.ofSeconds(301));

        assertThat(TwoFactorApi.verify(challengeId, "SMS", code, 200).prettify())
                .isEqualTo(TwoFactorApi.verify(other, "SMS", wrong, 200).prettify());
    }

    @Test
    void codeIsBoundToItsChallenge() {
        String userId = userWithSms();
        String challengeId = decide(userId, null).getString("challengeId");
        String other = decide(userId, null).getString("challengeId");
        String code = TwoFactorApi.sendCode(challengeId, "SMS");
        String otherCode = TwoFactorApi.sendCode(other, "SMS");

        if (!code.equals(otherCode)) {
            assertThat(TwoFactorApi.verify(other, "SMS", code, 200).getBoolean("verified")).isFalse();
        }
        assertThat(TwoFactorApi.verify(challengeId, "SMS", code, 200).getBoolean("verified")).isTrue();
    }

    @Test
    void tenCodesAnHourPerUserAtMost() {
        String userId = userWithSms();
        for (int sent = 1; sent < 10; sent++) {
            send(decide(userId, null).getString("challengeId"), "SMS").statusCode(202);
        }

        send(decide(userId, null).getString("challengeId"), "SMS")
                .statusCode(429)
                .body("type", is("urn:practice2fa:problem:hourly-code-limit"));

        clock.advance(Duration.ofMinutes(61));
        send(decide(userId, null).getString("challengeId"), "SMS").statusCode(202);
    }

    @Test
    void tenCodesAnHourPerDestinationAtMostWhoeverAsks() {
        String phone = TwoFactorApi.localMobile();
        String firstUser = unique("u");
        TwoFactorApi.enrolSms(firstUser, phone);
        for (int sent = 1; sent < 10; sent++) {
            send(decide(firstUser, null).getString("challengeId"), "SMS").statusCode(202);
        }
        String secondUser = unique("u");

        given()
                .auth().oauth2(TwoFactorApi.userToken(secondUser))
                .contentType(ContentType.JSON)
                .body(Map.of("type", "SMS", "phone", phone))
            .when()
                .post("/users/{userId}/factors", secondUser)
            .then()
                .statusCode(429)
                .body("type", is("urn:practice2fa:problem:hourly-code-limit"));
        given()
                .auth().oauth2(TwoFactorApi.userToken(secondUser))
            .when()
                .get("/users/{userId}/two-factor", secondUser)
            .then()
                .statusCode(200)
                .body("factors", org.hamcrest.Matchers.empty());
    }

    @Test
    void failedSmsIsShownSoTheClientCanChooseAnotherMethod() {
        String userId = userWithSms();
        TwoFactorApi.enrolEmail(userId, userId + "@example.com");
        String challengeId = decide(userId, null).getString("challengeId");
        String deliveryId = send(challengeId, "SMS").statusCode(202).extract().path("deliveryId");

        TestEvents.outcome(deliveryId, challengeId, "SMS", "FAILED", "provider answered 500");

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> TwoFactorApi
                .readChallenge(challengeId)
                    .statusCode(200)
                    .body("deliveries[0].status", is("FAILED"))
                    .body("deliveries[0].reason", is("provider answered 500"))
                    .body("methods", org.hamcrest.Matchers.contains("SMS", "EMAIL")));
        String code = TwoFactorApi.sendCode(challengeId, "EMAIL");
        assertThat(TwoFactorApi.verify(challengeId, "EMAIL", code, 200).getBoolean("verified")).isTrue();
    }

    @Test
    void methodTheRuleDoesNotAllowCannotSatisfyTheChallenge() {
        String practiceId = unique("p");
        TestEvents.awaitConsumed(TestEvents.setting(practiceId, "ENABLED_MANDATORY", "EMAIL", 1));
        String userId = userWithSms();
        TwoFactorApi.enrolEmail(userId, userId + "@example.com");
        String challengeId = decide(userId, practiceId).getString("challengeId");

        send(challengeId, "SMS")
                .statusCode(403)
                .body("type", is("urn:practice2fa:problem:method-not-allowed"));
        TwoFactorApi.verify(challengeId, "SMS", "123456", 403);
        send(challengeId, "AUTHENTICATOR").statusCode(400);
        send("not-a-challenge", "EMAIL").statusCode(404);
    }
}
