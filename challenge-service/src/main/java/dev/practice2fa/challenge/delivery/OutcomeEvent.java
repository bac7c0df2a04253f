package dev.practice2fa.challenge.delivery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A {@code notification-outcomes} event: how a delivery went. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeEvent(String eventId, String type, String deliveryId, String challengeId, String channel,
        String outcome, String reason) {
}
