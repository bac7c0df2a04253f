package dev.practice2fa.challenge.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What sending a code answers: where it went (masked), until when it is valid, how many more
 * sends the challenge allows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeDelivery(String deliveryId, String method, String destination, Instant expiresAt,
        int resendsLeft) {
}
