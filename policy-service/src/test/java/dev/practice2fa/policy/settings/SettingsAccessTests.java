package dev.practice2fa.policy.settings;

import static dev.practice2fa.policy.support.SettingsApi.SETTING;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.policy.support.Practices;
import dev.practice2fa.policy.support.SettingsApi;
import dev.practice2fa.policy.support.Tokens;
import dev.practice2fa.policy.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read and change a practice's setting, and what everyone else is told. */
@QuarkusTest
class SettingsAccessTests {
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, Object> MANDATORY_SMS =
            Map.of("mode", "ENABLED_MANDATORY", "methodPreference", "SMS");
    private static final Map<String, Object> MANDATORY_SMS_AT_1 =
            Map.of("mode", "ENABLED_MANDATORY", "methodPreference", "SMS", "version", 1);

    private String practiceId;
    private String admin;
    private String staff;

    @BeforeEach
    void registerPracticeWithTwoMembers() {
        practiceId = Practices.register("p-access");
        admin = Practices.addMember(practiceId, "FULL_ACCESS");
        staff = Practices.addMember(practiceId, "STANDARD");
    }

    @Test
    void aPracticeNobodyConfiguredReadsAsTheDefaults() {
        SettingsApi.read(practiceId, Tokens.user(staff))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("practiceId", is(practiceId))
                .body("mode", is("DISABLED"))
                .body("methodPreference", is("OPTIONAL"))
                .body("version", is(1))
                .body("updatedBy", is("platform"));
    }

    @Test
    void fullAccessMembersReadTheSettingToo() {
        SettingsApi.read(practiceId, Tokens.user(admin))
                .statusCode(200)
                .body("mode", is("DISABLED"));
    }

    @Test
    void outsidersAreRefusedAlikeWhetherOrNotThePracticeExists() {
        String outsider = Practices.uniqueId("u-outsider");
        String existing = refusalOf(outsider, practiceId);
        String unknown = refusalOf(outsider, Practices.uniqueId("p-unknown"));
        String memberOfAnother = refusalOf(admin, Practices.register("p-other"));

        assertThat(unknown).isEqualTo(existing);
        assertThat(memberOfAnother).isEqualTo(existing);
    }

    private static String refusalOf(String userId, String practiceId) {
        return SettingsApi.read(practiceId, Tokens.user(userId))
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", is("urn:practice2fa:problem:forbidden"))
                .extract().asString();
    }

    @Test
    void serviceTokensAreNoMembersEvenWhenTheirSubjectIs() {
        Practices.addMember(practiceId, "practice-platform", "FULL_ACCESS");
        Practices.addMember(practiceId, "sign-in-front-end", "FULL_ACCESS");

        for (String token : new String[] {Tokens.platform(), Tokens.signIn()}) {
            SettingsApi.read(practiceId, token)
                    .statusCode(403)
                    .contentType(PROBLEM);
            SettingsApi.changeWithoutIfMatch(practiceId, token, MANDATORY_SMS_AT_1)
                    .statusCode(403);
            SettingsApi.readHistory(practiceId, token)
                    .statusCode(403);
        }
        assertSettingIs("DISABLED", 1);
    }

    @Test
    void withoutAValidTokenEveryOperationAnswers401() {
        String[] tokens = {null, "not-a-token", Tokens.user(admin) + "x"};
        for (String token : tokens) {
            var request = given().contentType(ContentType.JSON);
            if (token != null) {
                request.auth().oauth2(token);
            }
            request
                .when()
                    .get(SETTING, practiceId)
                .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .contentType(PROBLEM)
                    .body("type", is("urn:practice2fa:problem:unauthenticated"));
        }
        SettingsApi.changeAnonymously(practiceId, MANDATORY_SMS_AT_1)
                .statusCode(401);
        given()
            .when()
                .get(SettingsApi.HISTORY, practiceId)
            .then()
                .statusCode(401);
        assertSettingIs("DISABLED", 1);
    }

    @Test
    void aFullAccessMemberChangesTheSettingBasedOnTheETag() {
        SettingsApi.change(practiceId, Tokens.user(admin), "\"1\"",
                        Map.of("mode", "ENABLED_MANDATORY", "methodPreference", "AUTHENTICATOR"))
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("mode", is("ENABLED_MANDATORY"))
                .body("methodPreference", is("AUTHENTICATOR"))
                .body("version", is(2))
                .body("updatedBy", is(admin));

        assertSettingIs("ENABLED_MANDATORY", 2);
    }

    @Test
    void makingTwoFactorMandatoryPublishesTheChangeMembersAreToldOf() {
        Practices.changeSetting(practiceId, admin, "ENABLED_MANDATORY", "SMS", 1);

        try (TopicReader topic = new TopicReader("practice-two-factor-settings", practiceId)) {
            JsonNode change = topic.awaitEvents(2).get(1);
            assertThat(change.get("type").asText()).isEqualTo("TWO_FACTOR_SETTING_CHANGED");
            assertThat(change.get("mode").asText()).isEqualTo("ENABLED_MANDATORY");
            assertThat(change.get("methodPreference").asText()).isEqualTo("SMS");
            assertThat(change.get("previousMode").asText()).isEqualTo("DISABLED");
            assertThat(change.get("previousMethodPreference").asText()).isEqualTo("OPTIONAL");
            assertThat(change.get("version").asLong()).isEqualTo(2);
            assertThat(change.get("changedBy").asText()).isEqualTo(admin);
        }
    }

    @Test
    void aRenameInBetweenMakesAnEditBasedOnTheOlderVersionStale() {
        Practices.put(practiceId, Tokens.platform(), Map.of("name", "Harbour Family Clinic"))
                .statusCode(200)
                .body("version", is(2));

        SettingsApi.change(practiceId, Tokens.user(admin), "\"1\"", MANDATORY_SMS)
                .statusCode(409);
        assertSettingIs("DISABLED", 2);
    }

    @Test
    void theVersionMayComeInTheBodyInstead() {
        SettingsApi.changeWithoutIfMatch(practiceId, Tokens.user(admin),
                        Map.of("mode", "ENABLED_OPTIONAL", "methodPreference", "SMS", "version", 1))
                .statusCode(200)
                .body("version", is(2));
    }

    @Test
    void standardMembersNeitherChangeTheSettingNorReadItsHistory() {
        SettingsApi.change(practiceId, Tokens.user(staff), "\"1\"",
                        Map.of("mode", "DISABLED", "methodPreference", "SMS"))
                .statusCode(403)
                .contentType(PROBLEM);
        SettingsApi.readHistory(practiceId, Tokens.user(staff))
                .statusCode(403)
                .contentType(PROBLEM);

        assertSettingIs("DISABLED", 1);
    }

    @Test
    void aRemovedFullAccessMemberIsRefused() {
        given()
                .auth().oauth2(Tokens.platform())
            .when()
                .delete("/practices/{practiceId}/members/{userId}", practiceId, admin)
            .then()
                .statusCode(204);

        SettingsApi.change(practiceId, Tokens.user(admin), "\"1\"", MANDATORY_SMS)
                .statusCode(403);
        SettingsApi.read(practiceId, Tokens.user(admin))
                .statusCode(403);
        assertSettingIs("DISABLED", 1);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedWith409() {
        Practices.changeSetting(practiceId, admin, "ENABLED_OPTIONAL", "OPTIONAL", 1);

        SettingsApi.change(practiceId, Tokens.user(admin), "\"1\"", MANDATORY_SMS)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", is("urn:practice2fa:problem:conflict"));

        assertSettingIs("ENABLED_OPTIONAL", 2);
    }

    @Test
    void aChangeThatNamesNoVersionIsRefusedWith428() {
        SettingsApi.changeWithoutIfMatch(practiceId, Tokens.user(admin), MANDATORY_SMS)
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", is("urn:practice2fa:problem:precondition-required"));

        assertSettingIs("DISABLED", 1);
    }

    @Test
    void anIfMatchThatDisagreesWithTheBodyIsRefused() {
        SettingsApi.change(practiceId, Tokens.user(admin), "\"1\"",
                        Map.of("mode", "ENABLED_MANDATORY", "methodPreference", "SMS", "version", 2))
                .statusCode(400)
                .contentType(PROBLEM);

        assertSettingIs("DISABLED", 1);
    }

    @Test
    void sendingTheCurrentSettingAgainChangesNothing() {
        SettingsApi.change(practiceId, Tokens.user(admin), "\"1\"",
                        Map.of("mode", "DISABLED", "methodPreference", "OPTIONAL"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", is(1));

        SettingsApi.readHistory(practiceId, Tokens.user(admin))
                .statusCode(200)
                .body("changes.size()", is(0));
    }

    @Test
    void theHistoryListsEveryChangeNewestFirst() {
        Practices.changeSetting(practiceId, admin, "ENABLED_OPTIONAL", "SMS", 1);
        Practices.changeSetting(practiceId, admin, "ENABLED_MANDATORY", "SMS", 2);
        Practices.changeSetting(practiceId, admin, "ENABLED_MANDATORY", "EMAIL", 3);

        SettingsApi.readHistory(practiceId, Tokens.user(admin))
                .statusCode(200)
                .body("practiceId", is(practiceId))
                .body("changes.version", equalTo(List.of(4, 3, 2)))
                .body("changes[0].changedBy", is(admin))
                .body("changes[0].from.mode", is("ENABLED_MANDATORY"))
                .body("changes[0].from.methodPreference", is("SMS"))
                .body("changes[0].to.methodPreference", is("EMAIL"))
                .body("changes[2].from.mode", is("DISABLED"))
                .body("changes[2].from.methodPreference", is("OPTIONAL"))
                .body("changes[2].to.mode", is("ENABLED_OPTIONAL"))
                .body("changes[2].changedAt", notNullValue());
    }

    @Test
    void theHistoryIsReadPageByPage() {
        Practices.changeSetting(practiceId, admin, "ENABLED_OPTIONAL", "SMS", 1);
        Practices.changeSetting(practiceId, admin, "ENABLED_MANDATORY", "SMS", 2);
        Practices.changeSetting(practiceId, admin, "DISABLED", "SMS", 3);

        given()
                .auth().oauth2(Tokens.user(admin))
                .queryParam("limit", 2)
            .when()
                .get(SettingsApi.HISTORY, practiceId)
            .then()
                .statusCode(200)
                .body("changes.version", equalTo(List.of(4, 3)));
        given()
                .auth().oauth2(Tokens.user(admin))
                .queryParam("limit", 2)
                .queryParam("before", 3)
            .when()
                .get(SettingsApi.HISTORY, practiceId)
            .then()
                .statusCode(200)
                .body("changes.version", equalTo(List.of(2)));
    }

    private void assertSettingIs(String mode, int version) {
        SettingsApi.assertSettingIs(practiceId, staff, mode, version);
    }
}
