package dev.practice2fa.benchmarks.scenario.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.UnexpectedAnswer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ChallengeApiTests {
    @Test
    void readsTheDecisionAndItsChallenge() {
        HttpAnswer answer = answer(200, new JsonObject()
                .put("decision", "ENROLMENT_REQUIRED")
                .put("allowedMethods", new JsonArray().add("AUTHENTICATOR"))
                .put("challengeId", "c-1"));

        assertThat(ChallengeApi.decisionOf(answer)).isEqualTo(new Decision("ENROLMENT_REQUIRED", "c-1"));
    }

    @Test
    void refusesADecisionWithoutAChallenge() {
        HttpAnswer answer = answer(200, new JsonObject().put("decision", "NOT_REQUIRED"));

        assertThatThrownBy(() -> ChallengeApi.decisionOf(answer))
                .isInstanceOf(UnexpectedAnswer.class)
                .hasMessageContaining("no 'challengeId'");
    }

    @Test
    void findsTheOtpauthUriInNestedObjectsAndArrays() {
        JsonObject enrolment = new JsonObject()
                .put("factorId", "f-1")
                .put("setup", new JsonArray().add(new JsonObject().put("link", "otpauth://totp/x?secret=AB")));

        assertThat(ChallengeApi.otpauthUriOf(enrolment)).contains("otpauth://totp/x?secret=AB");
        assertThat(ChallengeApi.otpauthUriOf(new JsonObject().put("factorId", "f-1"))).isEmpty();
    }

    @Test
    void readsTheNewVersionOfAChangedSetting() {
        HttpAnswer answer = answer(200, new JsonObject().put("mode", "ENABLED_MANDATORY").put("version", 7));

        assertThat(PolicyApi.versionOf(answer)).isEqualTo(7);
        assertThatThrownBy(() -> PolicyApi.versionOf(answer(200, new JsonObject())))
                .isInstanceOf(UnexpectedAnswer.class)
                .hasMessageContaining("no numeric 'version'");
    }

    private static HttpAnswer answer(int status, JsonObject body) {
        return new HttpAnswer("POST /x", status, Buffer.buffer(body.encode()), 0);
    }
}
