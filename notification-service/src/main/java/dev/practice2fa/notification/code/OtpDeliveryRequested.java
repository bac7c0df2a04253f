package dev.practice2fa.notification.code;

import static dev.practice2fa.notification.event.VersionedEvent.require;

import dev.practice2fa.common.crypto.SealedBox;
import dev.practice2fa.notification.dispatch.DeliveryChannel;
import dev.practice2fa.notification.event.RejectedEvent;
import dev.practice2fa.notification.event.VersionedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code OTP_DELIVERY_REQUESTED} event of {@code otp-deliveries}: one code to send to one
 * destination, sealed for this service with the delivery id as associated data.
 */
public record OtpDeliveryRequested(UUID eventId, String type, Integer schemaVersion, Instant occurredAt,
        UUID deliveryId, UUID challengeId, String userId, DeliveryChannel channel, String destination,
        SealedBox code, String locale, String purpose, String practiceName, Instant expiresAt)
        implements VersionedEvent {
    public static final String TYPE = "OTP_DELIVERY_REQUESTED";
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Fails with a reason when the event lacks what a delivery needs. */
    public void validate() {
        require(eventId, "eventId");
        require(deliveryId, "deliveryId");
        require(occurredAt, "occurredAt");
        require(expiresAt, "expiresAt");
        require(channel, "channel");
        require(destination, "destination");
        require(code, "code");
        require(code.keyId(), "code.keyId");
        require(code.nonce(), "code.nonce");
        require(code.ciphertext(), "code.ciphertext");
        if (!TYPE.equals(type)) {
            throw new RejectedEvent("unknown event type on otp-deliveries");
        }
        Pattern form = channel == DeliveryChannel.SMS ? E164 : EMAIL;
        if (!form.matcher(destination).matches()) {
            throw new RejectedEvent("the destination is not a valid " + channel + " destination");
        }
    }

    /** Whether the code confirms a new factor rather than a sign-in. */
    public boolean enrolment() {
        return "ENROLMENT".equals(purpose);
    }

    /** The code's lifetime in whole minutes, rounded up, as the user is told it. */
    public int lifetimeMinutes() {
        long seconds = Duration.between(occurredAt, expiresAt).toSeconds();
        return (int) Math.max(1, (seconds + 59) / 60);
    }
}
