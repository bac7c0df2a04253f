package dev.practice2fa.policy.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.policy.support.Practices;
import dev.practice2fa.policy.support.Tokens;
import dev.practice2fa.policy.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform manages members; every change is published with the member's contact details. */
@QuarkusTest
class MembershipTests {
    private static final String MEMBERSHIPS_TOPIC = "practice-memberships";
    private static final String PROBLEM = "application/problem+json";

    private String practiceId;
    private String userId;

    @BeforeEach
    void registerPractice() {
        practiceId = Practices.register("p-members");
        userId = Practices.uniqueId("u-sam");
    }

    @Test
    void addingAMemberPublishesTheMembershipWithItsContactDetails() {
        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(Map.of("role", "FULL_ACCESS", "email", "sam.lee@example.com",
                        "displayName", "Dr Sam Lee", "locale", "en-nz"))
            .when()
                .put("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then()
                .statusCode(201)
                .body("role", is("FULL_ACCESS"))
                .body("maskedEmail", is("s***@example.com"))
                .body("displayName", is("Dr Sam Lee"))
                .body("locale", is("en-NZ"))
                .body("active", is(true))
                .body("version", is(1));

        try (TopicReader topic = new TopicReader(MEMBERSHIPS_TOPIC, practiceId + ":" + userId)) {
            JsonNode event = topic.awaitEvents(1).get(0);
            assertThat(event.get("type").asText()).isEqualTo("MEMBERSHIP_CHANGED");
            assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(event.get("eventId").asText()).isNotBlank();
            assertThat(event.get("occurredAt").asText()).isNotBlank();
            assertThat(event.get("practiceId").asText()).isEqualTo(practiceId);
            assertThat(event.get("userId").asText()).isEqualTo(userId);
            assertThat(event.get("role").asText()).isEqualTo("FULL_ACCESS");
            assertThat(event.get("active").asBoolean()).isTrue();
            assertThat(event.get("email").asText()).isEqualTo("sam.lee@example.com");
            assertThat(event.get("displayName").asText()).isEqualTo("Dr Sam Lee");
            assertThat(event.get("locale").asText()).isEqualTo("en-NZ");
            assertThat(event.get("version").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aMemberWithoutALocaleTakesThePractices() {
        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Harbour Clinic", "locale", "fr-CA"))
            .when()
                .put("/practices/{practiceId}", practiceId)
            .then()
                .statusCode(200);

        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(Map.of("role", "STANDARD", "email", "sam@example.com", "displayName", "Sam"))
            .when()
                .put("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then()
                .statusCode(201)
                .body("locale", is("fr-CA"));
    }

    @Test
    void everyChangeOfAMembershipRaisesItsVersionAndRemovalKeepsCounting() {
        Practices.addMember(practiceId, userId, "STANDARD");
        putMember("FULL_ACCESS", 200);
        putMember("FULL_ACCESS", 200);
        removeMember(204);
        removeMember(204);
        putMember("STANDARD", 200);

        try (TopicReader topic = new TopicReader(MEMBERSHIPS_TOPIC, practiceId + ":" + userId)) {
            List<JsonNode> events = topic.awaitEvents(4);
            assertThat(events).extracting(event -> event.get("version").asLong())
                    .containsExactly(1L, 2L, 3L, 4L);
            assertThat(events).extracting(event -> event.get("type").asText()).containsExactly(
                    "MEMBERSHIP_CHANGED", "MEMBERSHIP_CHANGED", "MEMBERSHIP_REMOVED", "MEMBERSHIP_CHANGED");
            assertThat(events).extracting(event -> event.get("active").asBoolean())
                    .containsExactly(true, true, false, true);
            assertThat(events.get(2).get("email").asText()).isEqualTo(userId + "@example.com");
        }
    }

    @Test
    void aRemovedMemberNoLongerReadsTheSetting() {
        Practices.addMember(practiceId, userId, "STANDARD");
        removeMember(204);

        given()
                .auth().oauth2(Tokens.user(userId))
            .when()
                .get("/practices/{practiceId}/two-factor-settings", practiceId)
            .then()
                .statusCode(403);
    }

    @Test
    void membersOfAnUnregisteredPracticeCannotBeManaged() {
        String unknown = Practices.uniqueId("p-unknown");

        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(Map.of("role", "STANDARD", "email", "sam@example.com", "displayName", "Sam"))
            .when()
                .put("/practices/{practiceId}/members/{userId}", unknown, userId)
            .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", is("urn:practice2fa:problem:practice-not-found"));
        given()
                .auth().oauth2(Tokens.platform())
            .when()
                .delete("/practices/{practiceId}/members/{userId}", unknown, userId)
            .then()
                .statusCode(404)
                .body("type", is("urn:practice2fa:problem:practice-not-found"));
    }

    @Test
    void removingSomeoneWhoWasNeverAMemberIsNotFound() {
        removeMember(404);
    }

    @Test
    void onlyThePlatformManagesMembers() {
        String admin = Practices.addMember(practiceId, "FULL_ACCESS");

        for (String token : new String[] {Tokens.user(admin), Tokens.signIn()}) {
            given()
                    .auth().oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("role", "FULL_ACCESS", "email", "sam@example.com", "displayName", "Sam"))
                .when()
                    .put("/practices/{practiceId}/members/{userId}", practiceId, userId)
                .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            given()
                    .auth().oauth2(token)
                .when()
                    .delete("/practices/{practiceId}/members/{userId}", practiceId, admin)
                .then()
                    .statusCode(403);
        }
        given()
                .contentType(ContentType.JSON)
                .body(Map.of("role", "FULL_ACCESS", "email", "sam@example.com", "displayName", "Sam"))
            .when()
                .put("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then()
                .statusCode(401);
        given()
            .when()
                .delete("/practices/{practiceId}/members/{userId}", practiceId, admin)
            .then()
                .statusCode(401);

        // Nothing changed: the refused user is still no member, the administrator still is one.
        removeMember(404);
        given()
                .auth().oauth2(Tokens.user(admin))
            .when()
                .get("/practices/{practiceId}/two-factor-settings/history", practiceId)
            .then()
                .statusCode(200);
    }

    private void putMember(String role, int status) {
        given()
                .auth().oauth2(Tokens.platform())
                .contentType(ContentType.JSON)
                .body(Map.of("role", role, "email", userId + "@example.com", "displayName", "Dr " + userId))
            .when()
                .put("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then()
                .statusCode(status);
    }

    private void removeMember(int status) {
        given()
                .auth().oauth2(Tokens.platform())
            .when()
                .delete("/practices/{practiceId}/members/{userId}", practiceId, userId)
            .then()
                .statusCode(status);
    }
}
