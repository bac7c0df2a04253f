package dev.practice2fa.challenge.benchmark;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoOpTests {
    @Test
    void answersATinyBodyWithoutAToken() {
        given()
            .when()
                .get("/benchmark/no-op")
            .then()
                .statusCode(200)
                .body("status", is("ok"));
    }
}
