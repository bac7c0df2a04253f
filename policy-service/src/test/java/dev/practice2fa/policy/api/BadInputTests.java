package dev.practice2fa.policy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.practice2fa.policy.support.Practices;
import dev.practice2fa.policy.support.SettingsApi;
import dev.practice2fa.policy.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input is answered with an RFC 9457 problem document through the shared problem mapper,
 * and changes nothing.
 */
@QuarkusTest
class BadInputTests {
    private static final String PROBLEM = "application/problem+json";
    private static final String INVALID = "urn:practice2fa:problem:invalid-request";

    private String practiceId;
    private String admin;

    @BeforeEach
    void registerPractice() {
        practiceId = Practices.register("p-input");
        admin = Practices.addMember(practiceId, "FULL_ACCESS");
    }

    @AfterEach
    void nothingChanged() {
        SettingsApi.assertSettingIs(practiceId, admin, "DISABLED", 1);
        SettingsApi.readHistory(practiceId, Tokens.user(admin))
                .body("changes.size()", is(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mode\":\"ENABLED_MANDATORY\",",
        "not json",
        "{\"mode\":\"DISABLED\",\"mode\":\"ENABLED_MANDATORY\",\"methodPreference\":\"SMS\"}",
        "{\"mode\":\"ENABLED_MANDATORY\",\"methodPreference\":\"SMS\"} {}"
    })
    void malformedJsonIsAProblem(String body) {
        putSettings(body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", is(INVALID))
                .body("detail", is("The request body is not well-formed JSON."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mode\":\"SOMETIMES\",\"methodPreference\":\"SMS\",\"version\":1}",
        "{\"mode\":\"enabled_mandatory\",\"methodPreference\":\"SMS\",\"version\":1}",
        "{\"mode\":2,\"methodPreference\":\"SMS\",\"version\":1}",
        "{\"mode\":null,\"methodPreference\":\"SMS\",\"version\":1}"
    })
    void anUnknownModeIsAProblemNamingTheField(String body) {
        putSettings(body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", is(INVALID))
                .body("errors.field", hasItem("mode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mode\":\"DISABLED\",\"methodPreference\":\"PIGEON\",\"version\":1}",
        "{\"mode\":\"DISABLED\",\"version\":1}"
    })
    void anUnknownOrMissingPreferenceIsAProblemNamingTheField(String body) {
        putSettings(body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("methodPreference"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mode\":\"ENABLED_MANDATORY\",\"methodPreference\":\"SMS\",\"version\":\"1\"}",
        "{\"mode\":\"ENABLED_MANDATORY\",\"methodPreference\":\"SMS\",\"version\":1.5}",
        "{\"mode\":\"ENABLED_MANDATORY\",\"methodPreference\":\"SMS\",\"version\":0}",
        "{\"mode\":\"ENABLED_MANDATORY\",\"methodPreference\":\"SMS\",\"version\":1,\"modus\":1}"
    })
    void aVersionOfTheWrongKindOrAnUnknownFieldIsAProblem(String body) {
        putSettings(body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", is(INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "null"})
    void aMissingBodyIsAProblem(String body) {
        putSettings(body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", is(INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "W/\"1\"", "\"1\", \"2\"", "*", "\"abc\""})
    void anIfMatchThatIsNoETagOfOursIsAProblem(String ifMatch) {
        SettingsApi.change(practiceId, Tokens.user(admin), ifMatch,
                        Map.of("mode", "ENABLED_MANDATORY", "methodPreference", "SMS"))
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem() {
        given()
                .auth().oauth2(Tokens.user(admin))
                .contentType(ContentType.TEXT)
                .body("mode=ENABLED_MANDATORY")
            .when()
                .put(SettingsApi.SETTING, practiceId)
            .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", is("urn:practice2fa:problem:unsupported-media-type"));
    }

    @Test
    void aBodyOverTheLimitIsAProblem() {
        String padding = "a".repeat(20_000);
        putSettings("{\"mode\":\"ENABLED_MANDATORY\",\"methodPreference\":\"SMS\",\"version\":1,\"x\":\""
                        + padding + "\"}")
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", is("urn:practice2fa:problem:payload-too-large"));
    }

    static Stream<String> idsThatAreNoIds() {
        return Stream.of("-p1", "p 1", "p1!", ".p1", "p".repeat(65));
    }

    @ParameterizedTest
    @MethodSource("idsThatAreNoIds")
    void aPracticeIdThatIsNoIdIsAProblem(String badId) {
        given()
                .auth().oauth2(Tokens.user(admin))
                .urlEncodingEnabled(false)
            .when()
                .get("/practices/" + badId.replace(" ", "%20") + "/two-factor-settings")
            .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("practiceId"));
    }

    @Test
    void aUserIdThatIsNoIdIsAProblem() {
        Practices.putMember(practiceId, "sam@example.com",
                        Map.of("role", "STANDARD", "email", "sam@example.com", "displayName", "Sam"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("userId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "sam@localhost", "sam @example.com", "sam@exa mple.com",
        "sam@@example.com", "", "sam@example.com\n"})
    void anEmailAddressThatIsNoAddressIsAProblem(String email) {
        String userId = Practices.uniqueId("u-new");
        Practices.putMember(practiceId, userId,
                        Map.of("role", "STANDARD", "email", email, "displayName", "Sam"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("email"));
        assertNeverAMember(userId);
    }

    @Test
    void anEmailAddressTooLongForMailIsAProblem() {
        String userId = Practices.uniqueId("u-new");
        Practices.putMember(practiceId, userId,
                        Map.of("role", "STANDARD", "email", "a".repeat(64) + "@" + "b".repeat(190) + ".com",
                                "displayName", "Sam"))
                .statusCode(400)
                .body("errors.field", hasItem("email"));
        assertNeverAMember(userId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OWNER", "full_access"})
    void anUnknownRoleIsAProblem(String role) {
        String userId = Practices.uniqueId("u-new");
        Practices.putMember(practiceId, userId,
                        Map.of("role", role, "email", "sam@example.com", "displayName", "Sam"))
                .statusCode(400)
                .body("errors.field", hasItem("role"));
        assertNeverAMember(userId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "en_AU", "en-AU-", "", "12"})
    void aLocaleThatIsNoLanguageTagIsAProblem(String locale) {
        Practices.put(practiceId, Tokens.platform(), Map.of("name", "Renamed Clinic", "locale", locale))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("locale"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Harbour\nClinic", "Harbour\u0000Clinic"})
    void aNameThatIsBlankOrHoldsControlCharactersIsAProblem(String name) {
        Practices.put(practiceId, Tokens.platform(), Map.of("name", name))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aNameThatIsNoTextIsAProblem() {
        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body("{\"name\":42}")
            .when()
                .put("/practices/{practiceId}", practiceId)
            .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "abc", "1.5"})
    void aHistoryPageSizeOutOfBoundsIsAProblem(String limit) {
        given()
                .auth().oauth2(Tokens.user(admin))
                .queryParam("limit", limit)
            .when()
                .get(SettingsApi.HISTORY, practiceId)
            .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"));
    }

    private ValidatableResponse putSettings(String body) {
        return given()
                .auth().oauth2(Tokens.user(admin))
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .put(SettingsApi.SETTING, practiceId)
            .then();
    }

    private void assertNeverAMember(String userId) {
        given()
                .auth().oauth2(Tokens.platform())
            .when()
                .delete("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then()
                .statusCode(404)
                .body("type", is("urn:practice2fa:problem:member-not-found"));
    }
}
