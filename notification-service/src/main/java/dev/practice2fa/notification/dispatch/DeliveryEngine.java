package dev.practice2fa.notification.dispatch;

import dev.practice2fa.notification.ledger.Claim;
import dev.practice2fa.notification.ledger.ClaimTaker;
import dev.practice2fa.notification.ledger.SendLedger;
import dev.practice2fa.notification.ledger.Settlement;
import dev.practice2fa.notification.outcome.NotificationOutcome;
import dev.practice2fa.notification.outcome.Outcome;
import dev.practice2fa.notification.outcome.OutcomePublisher;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Sends a message at most once and reports every end of it.
 *
 * <p>Kafka hands us each record at least once; the send ledger turns that into at most one
 * message. The claim is taken before the first attempt, so a redelivery (after a crash, a
 * rebalance, or a duplicate publish) finds it and sends nothing. A claim left by an instance
 * that stopped while sending is never sent again, because whether the provider took it cannot
 * be known: it is reported FAILED as interrupted and dead-lettered, so the loss is visible and
 * the user's resend (a new delivery) recovers it. When sending fails for good the claim is
 * released, the outcome says FAILED and the record goes to the dead letters, from which it may
 * be replayed.
 */
@ApplicationScoped
public class DeliveryEngine {
    static final String LEDGER_UNAVAILABLE = "send ledger unavailable; not sent";
    static final String INTERRUPTED = "interrupted while sending; not sent again to avoid a duplicate";

    private final ClaimTaker claims;
    private final SendLedger ledger;
    private final RetryingSender sender;
    private final OutcomePublisher outcomes;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public DeliveryEngine(ClaimTaker claims, SendLedger ledger, RetryingSender sender,
            OutcomePublisher outcomes, DeliveryMetrics metrics, Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.sender = sender;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.clock = clock;
    }

    public DeliveryResult deliver(DeliveryJob job) {
        Claim claim;
        try {
            claim = claims.take(job.ledgerKey());
        } catch (RuntimeException e) {
            // Without the ledger a redelivery could send twice: nothing is sent, and it shows.
            Log.errorf("The send ledger cannot be reached for a %s (delivery %s): %s", job.description(),
                    job.deliveryId(), e.toString());
            return fail(job, LEDGER_UNAVAILABLE);
        }
        if (claim instanceof Claim.Granted granted) {
            return deliverClaimed(job, granted);
        }
        if (claim instanceof Claim.Abandoned abandoned) {
            return abandon(job, abandoned);
        }
        metrics.duplicate(job.channel());
        Log.debugf("Skipped a redelivered %s (delivery %s): already %s", job.description(),
                job.deliveryId(), ((Claim.Settled) claim).state());
        return new DeliveryResult.Duplicate();
    }

    private DeliveryResult deliverClaimed(DeliveryJob job, Claim.Granted claim) {
        try {
            if (expired(job)) {
                return expire(job, claim);
            }
            return send(job, claim, job.message().get());
        } catch (Undeliverable e) {
            ledger.settle(claim.key(), claim.token(), Settlement.UNDELIVERABLE);
            return fail(job, e.getMessage());
        } catch (RuntimeException e) {
            ledger.release(claim.key(), claim.token());
            Log.errorf(e, "Failed to handle a %s (delivery %s)", job.description(), job.deliveryId());
            return fail(job, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private DeliveryResult send(DeliveryJob job, Claim.Granted claim, OutgoingMessage message) {
        SendResult result = sender.send(message, () -> !expired(job));
        if (result instanceof SendResult.Sent sent) {
            ledger.settle(claim.key(), claim.token(), Settlement.DELIVERED);
            publish(job, Outcome.DELIVERED, null);
            Log.infof("Sent a %s by %s to %s (delivery %s, attempt %d)", job.description(), job.channel(),
                    message.maskedDestination(), job.deliveryId(), sent.attempts());
            return new DeliveryResult.Delivered();
        }
        if (result instanceof SendResult.NoLongerWanted) {
            return expire(job, claim);
        }
        SendResult.Failed failed = (SendResult.Failed) result;
        ledger.release(claim.key(), claim.token());
        Log.errorf("Gave up a %s by %s to %s after %d attempts: %s (delivery %s)", job.description(),
                job.channel(), message.maskedDestination(), failed.attempts(), failed.reason(),
                job.deliveryId());
        publish(job, Outcome.FAILED, failed.reason());
        return new DeliveryResult.Failed(failed.reason());
    }

    private DeliveryResult expire(DeliveryJob job, Claim.Granted claim) {
        ledger.settle(claim.key(), claim.token(), Settlement.EXPIRED);
        metrics.expired(job.channel());
        publish(job, Outcome.EXPIRED, "expired before it could be sent");
        Log.infof("Dropped an expired %s (delivery %s)", job.description(), job.deliveryId());
        return new DeliveryResult.Expired();
    }

    private DeliveryResult abandon(DeliveryJob job, Claim.Abandoned claim) {
        if (!ledger.settle(claim.key(), claim.token(), Settlement.ABANDONED)) {
            metrics.duplicate(job.channel());
            return new DeliveryResult.Duplicate();
        }
        Log.errorf("A %s (delivery %s) was left half-sent by a stopped instance; not sent again",
                job.description(), job.deliveryId());
        return fail(job, INTERRUPTED);
    }

    private DeliveryResult fail(DeliveryJob job, String reason) {
        metrics.failed(job.channel());
        publish(job, Outcome.FAILED, reason);
        return new DeliveryResult.Failed(reason);
    }

    private boolean expired(DeliveryJob job) {
        return job.expiresAt() != null && !clock.instant().isBefore(job.expiresAt());
    }

    private void publish(DeliveryJob job, Outcome outcome, String reason) {
        outcomes.publish(NotificationOutcome.of(job.deliveryId(), job.challengeId(), job.channel(), outcome,
                reason, clock.instant()));
    }
}
