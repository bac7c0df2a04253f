package dev.practice2fa.challenge.enrolment;

import static dev.practice2fa.challenge.support.TwoFactorApi.decide;
import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import dev.practice2fa.challenge.support.MutableClock;
import dev.practice2fa.challenge.support.TwoFactorApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The authenticator cases, through REST, on the fixture secret of the cases and a set clock. */
@QuarkusTest
class AuthenticatorCasesTests {
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Inject
    MutableClock clock;

    @Inject
    EnrolmentService enrolment;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A user whose active authenticator holds the fixture secret, confirmed well before {@code at}. */
    private String userWithFixtureAuthenticator(Instant at) throws Throwable {
        String userId = unique("u");
        EnrolmentStarted started = VertxContextSupport.subscribeAndAwait(
                () -> enrolment.startAuthenticator(userId, SEED));
        clock.freezeAt(at.minusSeconds(600));
        TwoFactorApi.confirm(userId, started.factorId(), TwoFactorApi.appCode(SEED, clock.instant()));
        clock.freezeAt(at);
        return userId;
    }

    private static JsonPath answer(String challengeId, String code, int status) {
        return TwoFactorApi.verify(challengeId, "AUTHENTICATOR", code, status);
    }

    @Test
    void aCodeIsAcceptedOnceAndItsReplayGetsTheAnswerOfAWrongCode() throws Throwable {
        String userId = userWithFixtureAuthenticator(Instant.ofEpochSecond(1111111109));
        String wrong = TwoFactorApi.appCode(SEED, Instant.ofEpochSecond(1111111109 + 600));
        String first = decide(userId, null).getString("challengeId");

        assertThat(answer(first, "081804", 200).getBoolean("verified")).isTrue();
        assertThat(answer(first, "081804", 409).prettify()).isEqualTo(answer(first, wrong, 409).prettify());

        clock.advance(Duration.ofSeconds(5));
        String second = decide(userId, null).getString("challengeId");
        String secondWrong = decide(userId, null).getString("challengeId");
        assertThat(answer(second, "081804", 200).prettify())
                .isEqualTo(answer(secondWrong, wrong, 200).prettify())
                .contains("\"verified\": false");

        clock.advance(Duration.ofSeconds(75));
        String third = decide(userId, null).getString("challengeId");
        String thirdWrong = decide(userId, null).getString("challengeId");
        assertThat(answer(third, "081804", 200).prettify())
                .isEqualTo(answer(thirdWrong, wrong, 200).prettify());
    }

    @Test
    void leadingZerosAreKeptAndShortenedCodesChangeNothing() throws Throwable {
        String userId = userWithFixtureAuthenticator(Instant.ofEpochSecond(1234567890));
        String challengeId = decide(userId, null).getString("challengeId");

        for (String shortened : new String[] {"5924", "05924", "٠٠٥٩٢٤"}) {
            given()
                    .auth().oauth2(TwoFactorApi.signInToken())
                    .contentType(ContentType.JSON)
                    .body(Map.of("method", "AUTHENTICATOR", "code", shortened))
                .when()
                    .post("/challenges/{id}/verification", challengeId)
                .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", is("urn:practice2fa:problem:invalid-code"));
        }
        TwoFactorApi.readChallenge(challengeId)
                .statusCode(200)
                .body("attemptsLeft", is(5));

        assertThat(answer(challengeId, "005924", 200).getBoolean("verified")).isTrue();
    }

    @Test
    void aStepBeforeTheLastAcceptedOneIsRefused() throws Throwable {
        String userId = userWithFixtureAuthenticator(Instant.ofEpochSecond(1111111109));
        String nextStepCode = TwoFactorApi.appCode(SEED, Instant.ofEpochSecond(1111111109 + 30));
        String first = decide(userId, null).getString("challengeId");
        String second = decide(userId, null).getString("challengeId");

        assertThat(answer(first, nextStepCode, 200).getBoolean("verified")).isTrue();
        assertThat(answer(second, "081804", 200).getBoolean("verified")).isFalse();
    }
}
