package dev.practice2fa.policy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is complete enough for a client generator. */
@QuarkusTest
class OpenApiTests {
    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        String json = given()
                .queryParam("format", "json")
            .when()
                .get("/q/openapi")
            .then()
                .statusCode(200)
                .extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationOfTheRestTableIsNamedAndDescribed() {
        List<String> operationIds = new ArrayList<>();
        for (JsonNode operation : operations()) {
            operationIds.add(operation.path("operationId").asText());
            assertThat(operation.path("summary").asText()).isNotBlank();
            assertThat(operation.path("description").asText()).isNotBlank();
            assertThat(operation.path("tags")).isNotEmpty();
        }

        assertThat(operationIds).containsExactlyInAnyOrder("getTwoFactorSettings",
                "changeTwoFactorSettings", "getTwoFactorSettingsHistory", "registerPractice",
                "putMember", "removeMember");
    }

    @Test
    void everyOperationDescribesItsRefusalsAsProblemDocuments() {
        for (JsonNode operation : operations()) {
            JsonNode responses = operation.path("responses");
            assertThat(responses.fieldNames()).toIterable().contains("400", "401", "403", "500", "503");
            responses.fields().forEachRemaining(response -> {
                assertThat(response.getValue().path("description").asText()).isNotBlank();
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref")
                            .asText()).isEqualTo("#/components/schemas/Problem");
                }
            });
        }
    }

    @Test
    void everySchemaIsNamedAndDescribed() {
        JsonNode schemas = document.path("components").path("schemas");

        assertThat(schemas.fieldNames()).toIterable().contains("TwoFactorSettings",
                "TwoFactorSettingsChange", "TwoFactorSettingsHistory", "PracticeRegistration",
                "MembershipChange", "Problem", "TwoFactorMode", "MethodPreference", "MemberRole");
        schemas.fields().forEachRemaining(schema ->
                assertThat(schema.getValue().path("description").asText())
                        .as("description of %s", schema.getKey()).isNotBlank());
    }

    @Test
    void theApiNeedsABearerToken() {
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes").size()).isEqualTo(1);
        assertThat(document.at("/security/0").has("bearer")).isTrue();
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                operations.add(operation.getValue());
            }
        }
        assertThat(operations).hasSize(6);
        return operations;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
