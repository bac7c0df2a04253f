package dev.practice2fa.policy.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** The requests tests make on a practice's two-factor setting; each leaves the checks to the test. */
public final class SettingsApi {
    public static final String SETTING = "/practices/{practiceId}/two-factor-settings";
    public static final String HISTORY = SETTING + "/history";

    private SettingsApi() {
    }

    /** Reads the setting with {@code token}. */
    public static ValidatableResponse read(String practiceId, String token) {
        return given()
                .auth().oauth2(token)
            .when()
                .get(SETTING, practiceId)
            .then();
    }

    /** Reads the history of the setting with {@code token}. */
    public static ValidatableResponse readHistory(String practiceId, String token) {
        return given()
                .auth().oauth2(token)
            .when()
                .get(HISTORY, practiceId)
            .then();
    }

    /** Puts {@code body} as the setting with {@code token}, based on ETag {@code ifMatch}. */
    public static ValidatableResponse change(String practiceId, String token, String ifMatch,
            Map<String, ?> body) {
        return given()
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", ifMatch)
                .body(body)
            .when()
                .put(SETTING, practiceId)
            .then();
    }

    /** Puts {@code body} as the setting with {@code token} and no If-Match header. */
    public static ValidatableResponse changeWithoutIfMatch(String practiceId, String token,
            Map<String, ?> body) {
        return put(given().auth().oauth2(token), practiceId, body);
    }

    /** Puts {@code body} as the setting with no token at all. */
    public static ValidatableResponse changeAnonymously(String practiceId, Map<String, ?> body) {
        return put(given(), practiceId, body);
    }

    private static ValidatableResponse put(RequestSpecification request, String practiceId,
            Map<String, ?> body) {
        return request
                .contentType(ContentType.JSON)
                .body(body)
            .when()
                .put(SETTING, practiceId)
            .then();
    }

    /** Checks, as member {@code readerId}, the setting's current mode and version. */
    public static void assertSettingIs(String practiceId, String readerId, String mode, int version) {
        read(practiceId, Tokens.user(readerId))
                .statusCode(200)
                .body("mode", is(mode))
                .body("version", is(version));
    }
}
