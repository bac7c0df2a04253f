package dev.practice2fa.challenge.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A {@code practice-memberships} event: one membership's full current state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipEvent(String eventId, String type, Integer schemaVersion, Instant occurredAt,
        String practiceId, String userId, String role, Boolean active, String email, String displayName,
        String locale, Long version) {
}
