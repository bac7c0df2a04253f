package dev.practice2fa.policy.practice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.policy.support.Practices;
import dev.practice2fa.policy.support.Tokens;
import dev.practice2fa.policy.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform registers and renames practices; each change is published with the full state. */
@QuarkusTest
class PracticeRegistrationTests {
    private static final String SETTINGS_TOPIC = "practice-two-factor-settings";

    @Test
    void registeringAPracticePublishesItWithTheDefaultSetting() {
        String practiceId = Practices.uniqueId("p-new");

        Practices.put(practiceId, Tokens.platform(), Map.of("name", "Harbour Clinic"))
                .statusCode(201)
                .body("practiceId", is(practiceId))
                .body("name", is("Harbour Clinic"))
                .body("locale", is("en-AU"))
                .body("version", is(1));

        try (TopicReader topic = new TopicReader(SETTINGS_TOPIC, practiceId)) {
            JsonNode event = topic.awaitEvents(1).get(0);
            assertThat(UUID.fromString(event.get("eventId").asText())).isNotNull();
            assertThat(event.get("type").asText()).isEqualTo("PRACTICE_REGISTERED");
            assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(Instant.parse(event.get("occurredAt").asText()))
                    .isBefore(Instant.now().plusSeconds(1));
            assertThat(event.get("practiceId").asText()).isEqualTo(practiceId);
            assertThat(event.get("practiceName").asText()).isEqualTo("Harbour Clinic");
            assertThat(event.get("locale").asText()).isEqualTo("en-AU");
            assertThat(event.get("mode").asText()).isEqualTo("DISABLED");
            assertThat(event.get("methodPreference").asText()).isEqualTo("OPTIONAL");
            assertThat(event.get("previousMode").asText()).isEqualTo("DISABLED");
            assertThat(event.get("previousMethodPreference").asText()).isEqualTo("OPTIONAL");
            assertThat(event.get("version").asLong()).isEqualTo(1);
            assertThat(event.get("changedBy").asText()).isEqualTo("platform");
        }
    }

    @Test
    void renamingAPracticeRaisesItsVersionAndPublishesTheNewName() {
        String practiceId = Practices.register("p-rename");

        Practices.put(practiceId, Tokens.platform(), Map.of("name", "Harbour Family Clinic", "locale", "en-nz"))
                .statusCode(200)
                .body("name", is("Harbour Family Clinic"))
                .body("locale", is("en-NZ"))
                .body("version", is(2));

        try (TopicReader topic = new TopicReader(SETTINGS_TOPIC, practiceId)) {
            JsonNode renamed = topic.awaitEvents(2).get(1);
            assertThat(renamed.get("type").asText()).isEqualTo("PRACTICE_UPDATED");
            assertThat(renamed.get("practiceName").asText()).isEqualTo("Harbour Family Clinic");
            assertThat(renamed.get("locale").asText()).isEqualTo("en-NZ");
            assertThat(renamed.get("version").asLong()).isEqualTo(2);
            assertThat(renamed.get("previousMode").asText()).isEqualTo(renamed.get("mode").asText());
        }
    }

    @Test
    void registeringAgainWithTheSameDetailsChangesNothing() {
        String practiceId = Practices.register("p-again");

        Practices.put(practiceId, Tokens.platform(), Map.of("name", "Harbour Clinic", "locale", "en-AU"))
                .statusCode(200)
                .body("version", is(1));

        try (TopicReader topic = new TopicReader(SETTINGS_TOPIC, practiceId)) {
            topic.awaitEvents(1);
            List<JsonNode> events = topic.eventsAfter(Duration.ofSeconds(2));
            assertThat(events).extracting(event -> event.get("type").asText())
                    .containsExactly("PRACTICE_REGISTERED");
        }
    }

    @Test
    void onlyThePlatformRegistersPractices() {
        String practiceId = Practices.uniqueId("p-refused");
        for (String token : new String[] {Tokens.user("u-someone"), Tokens.signIn()}) {
            Practices.put(practiceId, token, Map.of("name", "Harbour Clinic"))
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Harbour Clinic"))
            .when()
                .put("/practices/{practiceId}", practiceId)
            .then()
                .statusCode(401)
                .contentType("application/problem+json");

        // Nothing was registered: the platform's first registration still creates the practice.
        Practices.put(practiceId, Tokens.platform(), Map.of("name", "Harbour Clinic"))
                .statusCode(201);
    }
}
