package dev.practice2fa.notification.support;

import static io.restassured.RestAssured.given;

import dev.practice2fa.stack.LocalStack;
import io.restassured.http.ContentType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SMS provider stand-in (WireMock) through its admin API: what reached it for a number, and
 * stubs a test adds for its own number only and removes afterwards.
 */
public final class SmsStandIn {
    private static final String MESSAGES_PATH = "/2010-04-01/Accounts/[A-Za-z0-9]+/Messages\\.json";

    private SmsStandIn() {
    }

    /** The requests that asked to text this number. */
    public static List<ReceivedSms> requestsTo(String phone) {
        List<Map<String, Object>> requests = given()
                .baseUri(LocalStack.smsProviderUrl())
                .contentType(ContentType.JSON)
                .body(Map.of("method", "POST", "urlPathPattern", MESSAGES_PATH,
                        "formParameters", Map.of("To", Map.of("equalTo", phone))))
            .when()
                .post("/__admin/requests/find")
            .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("requests");
        return requests.stream().map(SmsStandIn::toSms).toList();
    }

    /** Every request that reached the stand-in with its answer, for this number. */
    public static List<Integer> answersTo(String phone) {
        List<Map<String, Object>> served = given()
                .baseUri(LocalStack.smsProviderUrl())
            .when()
                .get("/__admin/requests")
            .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("requests");
        return served.stream()
                .filter(entry -> phone.equals(toSms(requestOf(entry)).to()))
                .map(entry -> ((Number) ((Map<?, ?>) entry.get("response")).get("status")).intValue())
                .toList();
    }

    /**
     * Answers requests for this number with each status in turn (a WireMock scenario), the
     * last one for good; other numbers keep the stand-in's own mapping.
     */
    public static List<String> answerInTurn(String phone, int delayMillis, int... statuses) {
        String scenario = "answers-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int step = 0; step < statuses.length; step++) {
            String state = step == 0 ? "Started" : "step-" + step;
            String next = step + 1 < statuses.length ? "step-" + (step + 1) : state;
            ids.add(addStub(Map.of(
                    "priority", 1,
                    "scenarioName", scenario,
                    "requiredScenarioState", state,
                    "newScenarioState", next,
                    "request", Map.of("method", "POST", "urlPathPattern", MESSAGES_PATH,
                            "formParameters", Map.of("To", Map.of("equalTo", phone))),
                    "response", response(statuses[step], delayMillis))));
        }
        return ids;
    }

    public static void removeStubs(List<String> ids) {
        ids.forEach(id -> given()
                .baseUri(LocalStack.smsProviderUrl())
            .when()
                .delete("/__admin/mappings/{id}", id)
            .then()
                .statusCode(200));
    }

    private static Map<String, Object> response(int status, int delayMillis) {
        return status < 300
                ? Map.of("status", status, "fixedDelayMilliseconds", delayMillis,
                        "headers", Map.of("Content-Type", "application/json"),
                        "jsonBody", Map.of("sid", "SM" + UUID.randomUUID().toString().replace("-", ""),
                                "status", "queued"))
                : Map.of("status", status, "fixedDelayMilliseconds", delayMillis);
    }

    private static String addStub(Map<String, Object> mapping) {
        return given()
                .baseUri(LocalStack.smsProviderUrl())
                .contentType(ContentType.JSON)
                .body(mapping)
            .when()
                .post("/__admin/mappings")
            .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestOf(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("request");
    }

    @SuppressWarnings("unchecked")
    private static ReceivedSms toSms(Map<String, Object> request) {
        Map<String, String> form = Arrays.stream(String.valueOf(request.get("body")).split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair.length == 2)
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1]), (a, b) -> a));
        Map<String, Object> headers = (Map<String, Object>) request.getOrDefault("headers", Map.of());
        return new ReceivedSms(String.valueOf(request.get("url")), form.get("To"), form.get("From"),
                form.get("Body"), String.valueOf(headers.get("Authorization")));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** One request to send a text message, as the provider received it. */
    public record ReceivedSms(String url, String to, String from, String body, String authorization) {
    }
}
