package dev.practice2fa.challenge.challenge;

import static dev.practice2fa.challenge.support.TwoFactorApi.decide;
import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.challenge.support.MutableClock;
import dev.practice2fa.challenge.support.TwoFactorApi;
import dev.practice2fa.stack.LocalStack;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With Redis or PostgreSQL stopped the service answers 503 and never lets anyone in; replay
 * records outlive Redis.
 */
@QuarkusTest
class StoreOutageTests {
    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void verificationFailsClosedWhileRedisIsDown() {
        String userId = unique("u");
        TwoFactorApi.enrolEmail(userId, userId + "@example.com");
        String challengeId = decide(userId, null).getString("challengeId");
        String code = TwoFactorApi.sendCode(challengeId, "EMAIL");

        LocalStack.stop("redis");
        try {
            TwoFactorApi.submitCode(challengeId, "EMAIL", code)
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", is("urn:practice2fa:problem:store-unavailable"));
            TwoFactorApi.askForDecision(userId, null)
                    .statusCode(503);
        } finally {
            LocalStack.start("redis");
        }

        // Redis keeps nothing across a restart: the challenge is gone, never verified.
        TwoFactorApi.submitCode(challengeId, "EMAIL", code)
                .statusCode(404);
    }

    @Test
    void verificationFailsClosedWhilePostgresIsDownAndLosesNothing() {
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        String challengeId = decide(userId, null).getString("challengeId");
        String code = TwoFactorApi.sendCode(challengeId, "SMS");

        LocalStack.stop("postgres");
        try {
            TwoFactorApi.verify(challengeId, "SMS", code, 503);
            TwoFactorApi.askForDecision(userId, null)
                    .statusCode(503)
                    .body("type", is("urn:practice2fa:problem:store-unavailable"));
        } finally {
            LocalStack.start("postgres");
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        assertThat(TwoFactorApi.verify(challengeId, "SMS", code, 200).getBoolean("verified")).isTrue();
    }

    @Test
    void securityEventsWaitForKafkaAndAreNotLost() throws Exception {
        String userId = unique("u");
        clock.freezeAt(Instant.now());
        byte[] secret = TwoFactorApi.enrolAuthenticator(userId, clock.instant());
        clock.advance(Duration.ofSeconds(60));
        String challengeId = decide(userId, null).getString("challengeId");

        LocalStack.stop("kafka");
        try {
            String code = TwoFactorApi.appCode(secret, clock.instant());
            assertThat(TwoFactorApi.verify(challengeId, "AUTHENTICATOR", code, 200)
                    .getBoolean("verified")).isTrue();
        } finally {
            LocalStack.start("kafka");
        }

        JsonNode event = TwoFactorApi.securityEvents().await(Duration.ofSeconds(90),
                record -> userId.equals(record.key())
                        && "VERIFICATION_SUCCEEDED".equals(record.value().path("type").asText())).value();
        assertThat(event.path("challengeId").asText()).isEqualTo(challengeId);
        assertThat(event.path("factorType").asText()).isEqualTo("AUTHENTICATOR");
    }

    @Test
    void acceptedAuthenticatorStepStaysRefusedAfterRedisRestarts() throws Exception {
        String userId = unique("u");
        clock.freezeAt(Instant.now());
        byte[] secret = TwoFactorApi.enrolAuthenticator(userId, clock.instant());
        clock.advance(Duration.ofSeconds(120));
        String code = TwoFactorApi.appCode(secret, clock.instant());
        assertThat(TwoFactorApi.verify(decide(userId, null).getString("challengeId"), "AUTHENTICATOR", code, 200)
                .getBoolean("verified")).isTrue();

        LocalStack.stop("redis");
        LocalStack.start("redis");

        String challengeId = decide(userId, null).getString("challengeId");
        assertThat(TwoFactorApi.verify(challengeId, "AUTHENTICATOR", code, 200).getBoolean("verified")).isFalse();
    }
}
