package dev.practice2fa.challenge.enrolment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.practice2fa.challenge.decision.Method;
import java.time.Instant;

/**
 * The answer to starting an enrolment. SMS and email factors name the masked destination and the
 * delivery of their code; an authenticator carries what the app needs, shown this once.
 *
 * @param factorId the new, pending factor
 * @param type its method
 * @param status PENDING until confirmed
 * @param destination the masked phone number or address
 * @param deliveryId the code's delivery
 * @param codeExpiresAt until when the code is valid
 * @param otpauthUri the URI an authenticator app takes
 * @param qrCode the URI as a QR code, a PNG data URI
 * @param secret the secret in groups of four, for typing by hand
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrolmentStarted(String factorId, Method type, FactorStatus status, String destination,
        String deliveryId, Instant codeExpiresAt, String otpauthUri, String qrCode, String secret) {
}
