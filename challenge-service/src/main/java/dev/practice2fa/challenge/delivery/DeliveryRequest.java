package dev.practice2fa.challenge.delivery;

/** The body of {@code POST /challenges/{challengeId}/deliveries}: SMS or EMAIL. */
public record DeliveryRequest(String method) {
}
