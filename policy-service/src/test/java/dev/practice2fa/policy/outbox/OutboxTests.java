package dev.practice2fa.policy.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.policy.support.Database;
import dev.practice2fa.policy.support.Practices;
import dev.practice2fa.policy.support.SettingsApi;
import dev.practice2fa.policy.support.Tokens;
import dev.practice2fa.policy.support.TopicReader;
import dev.practice2fa.stack.LocalStack;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every change reaches Kafka exactly when it was committed: changes made while Kafka is down
 * are published, in order, once it is back; a change whose transaction fails is never published.
 */
@QuarkusTest
class OutboxTests {
    private static final String SETTINGS_TOPIC = "practice-two-factor-settings";
    private static final String UNPUBLISHED = """
            select count(*) from outbox_message where message_key = ? and published_at is null""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void changesMadeWhileKafkaIsDownArePublishedInOrderOnceItIsBack() {
        String practiceId = Practices.register("p-outage");
        String admin = Practices.addMember(practiceId, "FULL_ACCESS");
        long before = Practices.version(practiceId, admin);

        LocalStack.stop("kafka");
        try {
            Practices.changeSetting(practiceId, admin, "ENABLED_OPTIONAL", "OPTIONAL", before);
            Practices.changeSetting(practiceId, admin, "ENABLED_OPTIONAL", "SMS", before + 1);
            Practices.changeSetting(practiceId, admin, "ENABLED_MANDATORY", "SMS", before + 2);
            assertThat(Database.count(dataSource, UNPUBLISHED, practiceId)).isEqualTo(3);
            await().atMost(Duration.ofSeconds(20)).until(() -> pendingOnTheGauge() >= 3);
        } finally {
            LocalStack.start("kafka");
        }

        try (TopicReader topic = new TopicReader(SETTINGS_TOPIC, practiceId)) {
            List<JsonNode> changes = topic.awaitEvents(4).subList(1, 4);
            assertThat(changes).extracting(event -> event.get("version").asLong())
                    .containsExactly(before + 1, before + 2, before + 3);
            assertThat(changes).extracting(event -> event.get("type").asText())
                    .containsOnly("TWO_FACTOR_SETTING_CHANGED");
            assertThat(changes).extracting(event -> event.get("methodPreference").asText())
                    .containsExactly("OPTIONAL", "SMS", "SMS");
            JsonNode mandatory = changes.get(2);
            assertThat(mandatory.get("mode").asText()).isEqualTo("ENABLED_MANDATORY");
            assertThat(mandatory.get("previousMode").asText()).isEqualTo("ENABLED_OPTIONAL");
            assertThat(mandatory.get("previousMethodPreference").asText()).isEqualTo("SMS");
            assertThat(mandatory.get("changedBy").asText()).isEqualTo(admin);
            assertThat(mandatory.get("practiceName").asText()).isEqualTo("Harbour Clinic");
        }
        assertThat(Database.count(dataSource, UNPUBLISHED, practiceId)).isZero();
    }

    private static double pendingOnTheGauge() {
        String metrics = given()
            .when()
                .get("/q/metrics")
            .then()
                .statusCode(200)
                .extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("policy_outbox_pending "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    /**
     * A trigger that fails the commit of any transaction writing an event for this one practice
     * stands in for a database failure after the change and its event were both written.
     */
    @Test
    void aChangeWhoseTransactionFailsIsNeverPublished() {
        String practiceId = Practices.register("p-rollback");
        String admin = Practices.addMember(practiceId, "FULL_ACCESS");
        String trigger = "fail_commit_" + practiceId.replaceAll("[^A-Za-z0-9]", "_");
        failCommitsOfEventsFor(practiceId, trigger);
        try {
            SettingsApi.change(practiceId, Tokens.user(admin), "\"1\"",
                            Map.of("mode", "ENABLED_MANDATORY", "methodPreference", "EMAIL"))
                    .statusCode(500)
                    .contentType("application/problem+json");
        } finally {
            Database.execute(dataSource, "drop trigger " + trigger + " on outbox_message");
            Database.execute(dataSource, "drop function " + trigger + "()");
        }

        SettingsApi.readHistory(practiceId, Tokens.user(admin))
                .statusCode(200)
                .body("changes.size()", is(0));
        Practices.changeSetting(practiceId, admin, "ENABLED_OPTIONAL", "SMS", 1);

        try (TopicReader topic = new TopicReader(SETTINGS_TOPIC, practiceId)) {
            topic.awaitEvents(2);
            List<JsonNode> events = topic.eventsAfter(Duration.ofSeconds(1));
            assertThat(events).extracting(event -> event.get("version").asLong()).containsExactly(1L, 2L);
            assertThat(events).extracting(event -> event.get("methodPreference").asText())
                    .doesNotContain("EMAIL");
        }
    }

    private void failCommitsOfEventsFor(String practiceId, String name) {
        Database.execute(dataSource, """
                create function %s() returns trigger language plpgsql as $$
                begin
                    if new.message_key = '%s' then
                        raise exception 'commit refused';
                    end if;
                    return new;
                end $$""".formatted(name, practiceId));
        Database.execute(dataSource, """
                create constraint trigger %s after insert on outbox_message
                deferrable initially deferred for each row execute function %s()"""
                .formatted(name, name));
    }
}
