package dev.practice2fa.notification.code;

import dev.practice2fa.notification.dispatch.DeliveryEngine;
import dev.practice2fa.notification.dispatch.DeliveryJob;
import dev.practice2fa.notification.dispatch.DeliveryMetrics;
import dev.practice2fa.notification.dispatch.DeliveryResult;
import dev.practice2fa.notification.event.DeadLetter;
import dev.practice2fa.notification.event.EventReader;
import dev.practice2fa.notification.event.RejectedEvent;
import dev.practice2fa.notification.ledger.SendLedger;
import dev.practice2fa.notification.outcome.NotificationOutcome;
import dev.practice2fa.notification.outcome.Outcome;
import dev.practice2fa.notification.outcome.OutcomePublisher;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Sends each code of {@code otp-deliveries} once. A record that cannot be delivered leaves
 * through the exception thrown here into {@code otp-deliveries-dead-letter}; its outcome is
 * published first.
 */
@ApplicationScoped
public class OtpDeliveryConsumer {
    private final EventReader reader;
    private final DeliveryEngine engine;
    private final CodeOpener opener;
    private final CodeMessages messages;
    private final OutcomePublisher outcomes;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public OtpDeliveryConsumer(EventReader reader, DeliveryEngine engine, CodeOpener opener,
            CodeMessages messages, OutcomePublisher outcomes, DeliveryMetrics metrics, Clock clock) {
        this.reader = reader;
        this.engine = engine;
        this.opener = opener;
        this.messages = messages;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Incoming("otp-deliveries")
    @Blocking(value = "code-senders", ordered = false)
    public void consume(String payload) {
        OtpDeliveryRequested request = read(payload);
        DeliveryResult result = engine.deliver(job(request));
        if (result instanceof DeliveryResult.Failed failed) {
            metrics.deadLettered(request.channel().tag());
            throw new DeadLetter(failed.reason());
        }
    }

    private OtpDeliveryRequested read(String payload) {
        OtpDeliveryRequested request;
        try {
            request = reader.read(payload, OtpDeliveryRequested.class);
        } catch (RejectedEvent e) {
            metrics.deadLettered(DeliveryMetrics.NO_CHANNEL);
            Log.errorf("Dead-lettered an otp-deliveries record: %s", e.getMessage());
            throw e;
        }
        try {
            request.validate();
            return request;
        } catch (RejectedEvent e) {
            reportRejected(request, e.getMessage());
            throw e;
        }
    }

    private void reportRejected(OtpDeliveryRequested request, String reason) {
        String channel = request.channel() == null ? DeliveryMetrics.NO_CHANNEL : request.channel().tag();
        metrics.deadLettered(channel);
        Log.errorf("Dead-lettered delivery %s: %s", request.deliveryId(), reason);
        if (request.deliveryId() != null && request.channel() != null) {
            outcomes.publish(NotificationOutcome.of(request.deliveryId(), request.challengeId(),
                    request.channel(), Outcome.FAILED, reason, clock.instant()));
        }
    }

    private DeliveryJob job(OtpDeliveryRequested request) {
        String description = request.enrolment() ? "enrolment code" : "sign-in code";
        return new DeliveryJob(SendLedger.key("code", request.deliveryId()), description,
                request.deliveryId(), request.challengeId(), request.channel(), request.expiresAt(),
                () -> messages.render(request, opener.open(request.code(), request.deliveryId())));
    }
}
