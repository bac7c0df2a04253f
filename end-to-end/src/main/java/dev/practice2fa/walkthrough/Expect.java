package dev.practice2fa.walkthrough;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The checks a person makes at each step: anything unexpected ends the journey with a reason. */
final class Expect {
    private Expect() {
    }

    static void that(boolean condition, String expectation) {
        if (!condition) {
            throw new JourneyFailure("Expected " + expectation);
        }
    }

    static void field(JsonNode body, String field, String value) {
        String actual = body.path(field).asText();
        that(value.equals(actual), field + " to be " + value + " but it was '" + actual + "' in " + body);
    }

    /**
     * Asks again until the answer satisfies {@code wanted}: a change made on one service
     * reaches the other through Kafka, within moments rather than at once.
     */
    static JsonNode eventually(Supplier<JsonNode> ask, Predicate<JsonNode> wanted, String expectation) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode answer = ask.get();
        while (!wanted.test(answer)) {
            if (Instant.now().isAfter(deadline)) {
                throw new JourneyFailure("Expected " + expectation + " within 20 s; the last answer was " + answer);
            }
            Pause.briefly();
            answer = ask.get();
        }
        return answer;
    }
}
