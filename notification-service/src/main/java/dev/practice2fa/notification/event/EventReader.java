package dev.practice2fa.notification.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;

/** Reads event JSON into its record type, naming only the offending field when it cannot. */
@ApplicationScoped
public class EventReader {
    /** The only schema version of every event this service reads. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T extends VersionedEvent> T read(String payload, Class<T> type) {
        if (payload == null || payload.isBlank()) {
            throw new RejectedEvent("empty " + type.getSimpleName() + " event");
        }
        T event = parse(payload, type);
        if (event.schemaVersion() == null || event.schemaVersion() != SCHEMA_VERSION) {
            throw new RejectedEvent("unsupported schemaVersion " + event.schemaVersion()
                    + " of " + type.getSimpleName());
        }
        return event;
    }

    private <T> T parse(String payload, Class<T> type) {
        try {
            return mapper.readValue(payload, type);
        } catch (JsonMappingException e) {
            // The path names fields only; the exception's own message may quote their values.
            String field = e.getPath().stream()
                    .map(reference -> reference.getFieldName() == null
                            ? "[" + reference.getIndex() + "]" : reference.getFieldName())
                    .collect(Collectors.joining("."));
            throw new RejectedEvent("unreadable " + type.getSimpleName() + " event"
                    + (field.isEmpty() ? "" : " at field '" + field + "'"));
        } catch (JsonProcessingException e) {
            throw new RejectedEvent("unreadable " + type.getSimpleName() + " event: not JSON");
        }
    }
}
