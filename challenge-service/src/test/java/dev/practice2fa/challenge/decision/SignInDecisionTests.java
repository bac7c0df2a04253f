package dev.practice2fa.challenge.decision;

import static dev.practice2fa.challenge.support.TwoFactorApi.decide;
import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import dev.practice2fa.challenge.support.TestEvents;
import dev.practice2fa.challenge.support.TwoFactorApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every row of the decision table and the several-practices rule, driven by real events. */
@QuarkusTest
class SignInDecisionTests {
    private static String practice(String mode, String preference) {
        String practiceId = unique("p");
        TestEvents.awaitConsumed(TestEvents.setting(practiceId, mode, preference, 1));
        return practiceId;
    }

    private static void member(String practiceId, String userId) {
        TestEvents.awaitConsumed(TestEvents.membership(practiceId, userId, true, 1));
    }

    @Test
    void disabledPracticeDoesNotPromptAUserWithoutFactor() {
        String practiceId = practice("DISABLED", "SMS");

        JsonPath answer = decide(unique("u"), practiceId);

        assertThat(answer.getString("decision")).isEqualTo("NOT_REQUIRED");
        assertThat(answer.getString("challengeId")).isNotBlank();
    }

    @Test
    void userWithAFactorIsChallengedEvenWhereTwoFactorIsDisabled() {
        String practiceId = practice("DISABLED", "OPTIONAL");
        String userId = unique("u");
        TwoFactorApi.enrolEmail(userId, userId + "@example.com");

        JsonPath answer = decide(userId, practiceId);

        assertThat(answer.getString("decision")).isEqualTo("REQUIRED");
        assertThat(answer.getList("methods")).containsExactly("EMAIL");
    }

    @Test
    void optionalPracticeOffersSetUpWithAllMethods() {
        JsonPath answer = decide(unique("u"), practice("ENABLED_OPTIONAL", "OPTIONAL"));

        assertThat(answer.getString("decision")).isEqualTo("OPTIONAL");
        assertThat(answer.getList("methods")).containsExactly("AUTHENTICATOR", "SMS", "EMAIL");
    }

    @Test
    void optionalPracticeWithAPreferenceOffersItFirst() {
        JsonPath answer = decide(unique("u"), practice("ENABLED_OPTIONAL", "SMS"));

        assertThat(answer.getString("decision")).isEqualTo("OPTIONAL");
        assertThat(answer.getList("methods")).containsExactly("SMS", "AUTHENTICATOR", "EMAIL");
    }

    @Test
    void mandatoryPracticeWithoutPreferenceRequiresSetUpOfAnyMethod() {
        JsonPath answer = decide(unique("u"), practice("ENABLED_MANDATORY", "OPTIONAL"));

        assertThat(answer.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(answer.getList("methods")).containsExactly("AUTHENTICATOR", "SMS", "EMAIL");
    }

    @Test
    void mandatoryPracticeWithPreferenceRequiresAndChallengesThatMethodOnly() {
        String practiceId = practice("ENABLED_MANDATORY", "EMAIL");
        String userId = unique("u");

        JsonPath before = decide(userId, practiceId);
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        JsonPath withOtherMethod = decide(userId, practiceId);
        TwoFactorApi.enrolEmail(userId, userId + "@example.com");
        JsonPath withThatMethod = decide(userId, practiceId);

        assertThat(before.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(before.getList("methods")).containsExactly("EMAIL");
        assertThat(withOtherMethod.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(withOtherMethod.getList("methods")).containsExactly("EMAIL");
        assertThat(withOtherMethod.getList("verifyWith")).containsExactly("SMS");
        assertThat(before.getList("verifyWith")).isNull();
        assertThat(withThatMethod.getString("decision")).isEqualTo("REQUIRED");
        assertThat(withThatMethod.getList("methods")).containsExactly("EMAIL");
    }

    @Test
    void unknownPracticeCountsAsMandatoryWithoutRestriction() {
        JsonPath answer = decide(unique("u"), unique("never-registered"));

        assertThat(answer.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(answer.getList("methods")).containsExactly("AUTHENTICATOR", "SMS", "EMAIL");
    }

    @Test
    void practiceWhoseSettingHasNotArrivedCountsAsMandatory() {
        String userId = unique("u");
        member(unique("p-without-setting"), userId);

        JsonPath answer = decide(userId, null);

        assertThat(answer.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
    }

    @Test
    void namedPracticeGovernsAlone() {
        String userId = unique("u");
        String mandatory = practice("ENABLED_MANDATORY", "SMS");
        String disabled = practice("DISABLED", "OPTIONAL");
        member(mandatory, userId);
        member(disabled, userId);

        assertThat(decide(userId, disabled).getString("decision")).isEqualTo("NOT_REQUIRED");
        assertThat(decide(userId, mandatory).getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(decide(userId, null).getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
    }

    @Test
    void signInNamingNoPracticeIntersectsTheMandatedMethods() {
        String userId = unique("u");
        member(practice("ENABLED_MANDATORY", "OPTIONAL"), userId);
        member(practice("ENABLED_MANDATORY", "SMS"), userId);
        member(practice("ENABLED_OPTIONAL", "EMAIL"), userId);

        JsonPath answer = decide(userId, null);

        assertThat(answer.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(answer.getList("methods")).containsExactly("SMS");
    }

    @Test
    void signInNamingNoPracticeIsNotRequiredWhenNoPracticeMandates() {
        String userId = unique("u");
        member(practice("DISABLED", "OPTIONAL"), userId);
        member(practice("ENABLED_OPTIONAL", "AUTHENTICATOR"), userId);

        JsonPath answer = decide(userId, null);

        assertThat(answer.getString("decision")).isEqualTo("OPTIONAL");
        assertThat(answer.getList("methods")).containsExactly("AUTHENTICATOR", "SMS", "EMAIL");
    }

    @Test
    void emptyIntersectionAcceptsAnyMandatedMethodAndNamesThePracticesItSatisfies() {
        String userId = unique("u");
        String bySms = practice("ENABLED_MANDATORY", "SMS");
        String byEmail = practice("ENABLED_MANDATORY", "EMAIL");
        member(bySms, userId);
        member(byEmail, userId);
        TwoFactorApi.enrolSms(userId, TwoFactorApi.localMobile());
        TwoFactorApi.enrolEmail(userId, userId + "@example.com");

        JsonPath answer = decide(userId, null);
        String challengeId = answer.getString("challengeId");
        String code = TwoFactorApi.sendCode(challengeId, "SMS");
        JsonPath verified = TwoFactorApi.verify(challengeId, "SMS", code, 200);

        assertThat(answer.getString("decision")).isEqualTo("REQUIRED");
        assertThat(answer.getList("methods")).containsExactlyInAnyOrder("SMS", "EMAIL");
        assertThat(verified.getBoolean("verified")).isTrue();
        assertThat(verified.getList("satisfiedPractices")).containsExactly(bySms);
    }

    @Test
    void olderOrRepeatedVersionArrivingLateChangesNothing() {
        String practiceId = unique("p");
        TestEvents.setting(practiceId, "ENABLED_MANDATORY", "SMS", 3);
        TestEvents.setting(practiceId, "DISABLED", "OPTIONAL", 2);
        TestEvents.awaitConsumed(TestEvents.setting(practiceId, "ENABLED_OPTIONAL", "EMAIL", 3));

        JsonPath answer = decide(unique("u"), practiceId);

        assertThat(answer.getString("decision")).isEqualTo("ENROLMENT_REQUIRED");
        assertThat(answer.getList("methods")).containsExactly("SMS");
    }

    @Test
    void newerVersionTakesEffectAtTheNextSignIn() {
        String practiceId = practice("ENABLED_MANDATORY", "SMS");
        String userId = unique("u");
        assertThat(decide(userId, practiceId).getString("decision")).isEqualTo("ENROLMENT_REQUIRED");

        TestEvents.awaitConsumed(TestEvents.setting(practiceId, "DISABLED", "OPTIONAL", 2));

        assertThat(decide(userId, practiceId).getString("decision")).isEqualTo("NOT_REQUIRED");
    }

    @Test
    void removedMembershipNoLongerGoverns() {
        String userId = unique("u");
        String practiceId = practice("ENABLED_MANDATORY", "OPTIONAL");
        member(practiceId, userId);
        assertThat(decide(userId, null).getString("decision")).isEqualTo("ENROLMENT_REQUIRED");

        TestEvents.awaitConsumed(TestEvents.membership(practiceId, userId, false, 2));

        assertThat(decide(userId, null).getString("decision")).isEqualTo("NOT_REQUIRED");
    }

    @Test
    void refusesIdsOfTheWrongShape() {
        given()
                .auth().oauth2(TwoFactorApi.signInToken())
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "../etc", "practiceId", "p 1"))
            .when()
                .post("/sign-in/two-factor")
            .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("userId", "practiceId"));
    }

    @Test
    void onlyTheSignInFrontEndAsks() {
        given()
                .auth().oauth2(TwoFactorApi.userToken("u-1"))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "u-1"))
            .when()
                .post("/sign-in/two-factor")
            .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given()
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "u-1"))
            .when()
                .post("/sign-in/two-factor")
            .then()
                .statusCode(401)
                .body("status", is(401));
    }
}
