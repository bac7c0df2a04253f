package dev.practice2fa.notification.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reading outcome events and dead letters. */
public final class Outcomes {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Outcomes() {
    }

    public static boolean isOutcomeOf(ConsumerRecord<String, String> record, Map<String, Object> delivery) {
        return delivery.get("deliveryId").equals(record.key());
    }

    public static boolean isDeadLetterOf(ConsumerRecord<String, String> record, Map<String, Object> delivery) {
        return record.value().contains((String) delivery.get("deliveryId"));
    }

    public static JsonNode body(ConsumerRecord<String, String> record) {
        try {
            return MAPPER.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
