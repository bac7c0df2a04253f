package dev.practice2fa.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTests {
    @Test
    void countsMessagesPerChannelFromTheStart() {
        given()
            .when()
                .get("/q/metrics")
            .then()
                .statusCode(200)
                .body(containsString("notification_messages_sent_total{channel=\"sms\"}"),
                        containsString("notification_messages_sent_total{channel=\"email\"}"),
                        containsString("notification_messages_failed_total{channel=\"sms\"}"),
                        containsString("notification_messages_retried_total{channel=\"email\"}"),
                        containsString("notification_messages_dead_lettered_total{channel=\"sms\"}"));
    }
}
