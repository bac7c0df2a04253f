package dev.practice2fa.challenge.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One code sent for a challenge or an enrolment, as the client may see it.
 *
 * @param deliveryId the delivery
 * @param method SMS or EMAIL
 * @param destination the masked destination
 * @param status REQUESTED until the notification service reports DELIVERED, FAILED or EXPIRED
 * @param reason why it failed, as the notification service reported it
 * @param requestedAt when it was asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryRecord(String deliveryId, String method, String destination, String status,
        String reason, Instant requestedAt) {

    public DeliveryRecord withOutcome(String outcome, String why) {
        return new DeliveryRecord(deliveryId, method, destination, outcome, why, requestedAt);
    }
}
