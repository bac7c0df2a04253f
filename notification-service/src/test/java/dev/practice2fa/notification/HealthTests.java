package dev.practice2fa.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTests {
    @Test
    void isReadyOnlyWhenRedisAndKafkaAnswer() {
        given()
            .when()
                .get("/q/health/ready")
            .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Redis connection health check",
                        "Kafka connection health check"));
    }
}
