package dev.practice2fa.challenge.challenge;

import static dev.practice2fa.challenge.support.TwoFactorApi.decide;
import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import dev.practice2fa.challenge.support.MutableClock;
import dev.practice2fa.challenge.support.Parallel;
import dev.practice2fa.challenge.support.TwoFactorApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attempt counting under races, per challenge and per user, against the real Redis. */
@QuarkusTest
class ParallelAttemptsTests {
    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String smsChallenge(String userId) {
        return decide(userId, null).getString("challengeId");
    }

    private static String wrongCode(String right, int offset) {
        return String.format("%06d", (Integer.parseInt(right) + 1 + offset) % 1_000_000);
    }

    private static String body(String code) {
        return "{\"method\":\"SMS\",\"code\":\"" + code + "\"}";
    }

    @Test
    void fiftyParallelWrongGuessesEvaluateAtMostFive() {
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        String challengeId = smsChallenge(userId);
        String code = TwoFactorApi.sendCode(challengeId, "SMS");
        List<String> guesses = IntStream.range(0, 50).mapToObj(i -> body(wrongCode(code, i))).toList();

        List<HttpResponse<String>> answers = Parallel.post("/challenges/" + challengeId + "/verification",
                TwoFactorApi.signInToken(), guesses);

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).hasSize(5)
                .allSatisfy(answer -> assertThat(answer.body()).contains("\"verified\":false"));
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409).hasSize(45);
        given()
                .auth().oauth2(TwoFactorApi.signInToken())
                .contentType("application/json")
                .body(body(code))
            .when()
                .post("/challenges/{id}/verification", challengeId)
            .then()
                .statusCode(409)
                .body("type", is("urn:practice2fa:problem:challenge-closed"));
    }

    @Test
    void thirtyParallelCopiesOfOneValidCodeSucceedExactlyOnce() {
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        String challengeId = smsChallenge(userId);
        String code = TwoFactorApi.sendCode(challengeId, "SMS");

        List<HttpResponse<String>> answers = Parallel.post("/challenges/" + challengeId + "/verification",
                TwoFactorApi.signInToken(), Collections.nCopies(30, body(code)));

        assertThat(answers).filteredOn(answer -> answer.body().contains("\"verified\":true")).hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(200, 409));
    }

    @Test
    void tenWrongCodesAcrossChallengesLockTheUserForFifteenMinutes() {
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        for (int challenge = 0; challenge < 2; challenge++) {
            String challengeId = smsChallenge(userId);
            String code = TwoFactorApi.sendCode(challengeId, "SMS");
            for (int attempt = 0; attempt < 5; attempt++) {
                TwoFactorApi.verify(challengeId, "SMS", wrongCode(code, attempt), 200);
            }
        }
        String lockedChallenge = smsChallenge(userId);
        String code = TwoFactorApi.sendCode(lockedChallenge, "SMS");

        given()
                .auth().oauth2(TwoFactorApi.signInToken())
                .contentType("application/json")
                .body(body(code))
            .when()
                .post("/challenges/{id}/verification", lockedChallenge)
            .then()
                .statusCode(429)
                .body("type", is("urn:practice2fa:problem:verification-locked"));
        TwoFactorApi.securityEvents().await(event -> userId.equals(event.key())
                && "USER_LOCKED".equals(event.value().path("type").asText()));

        clock.advance(Duration.ofMinutes(16));
        String laterChallenge = smsChallenge(userId);
        String laterCode = TwoFactorApi.sendCode(laterChallenge, "SMS");

        assertThat(TwoFactorApi.verify(laterChallenge, "SMS", laterCode, 200).getBoolean("verified")).isTrue();
    }

    @Test
    void fiveWrongCodesEndTheChallenge() {
        String userId = unique("u");
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        String challengeId = smsChallenge(userId);
        String code = TwoFactorApi.sendCode(challengeId, "SMS");

        List<Integer> attemptsLeft = IntStream.range(0, 5)
                .mapToObj(i -> TwoFactorApi.verify(challengeId, "SMS", wrongCode(code, i), 200).getInt("attemptsLeft"))
                .toList();

        assertThat(attemptsLeft).containsExactly(4, 3, 2, 1, 0);
        TwoFactorApi.verify(challengeId, "SMS", code, 409);
        given()
            .when()
                .get("/q/metrics")
            .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString(
                        "two_factor_verifications_total{method=\"SMS\",outcome=\"wrong\"}"));
    }
}
