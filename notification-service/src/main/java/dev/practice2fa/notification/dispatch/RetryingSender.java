package dev.practice2fa.notification.dispatch;

import dev.practice2fa.notification.sms.SmsProvider;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Sends one message by its channel, trying again with exponential backoff while the failure is
 * one a retry can mend and the message is still wanted. It runs on a worker thread of the
 * consumer, which waits between attempts; other keys of the same partition go on meanwhile.
 */
@ApplicationScoped
public class RetryingSender {
    static final String STOPPED = "the service stopped while waiting to retry";

    private final EmailTransport email;
    private final SmsProvider sms;
    private final RetryConfig config;
    private final DeliveryMetrics metrics;

    public RetryingSender(EmailTransport email, SmsProvider sms, RetryConfig config, DeliveryMetrics metrics) {
        this.email = email;
        this.sms = sms;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * @param stillWanted asked before every attempt; once false nothing more is sent
     */
    public SendResult send(OutgoingMessage message, BooleanSupplier stillWanted) {
        Duration delay = config.initialDelay();
        for (int attempt = 1; ; attempt++) {
            if (!stillWanted.getAsBoolean()) {
                return new SendResult.NoLongerWanted();
            }
            try {
                transport(message).await().indefinitely();
                metrics.sent(message.channel());
                return new SendResult.Sent(attempt);
            } catch (SendFailure failure) {
                if (!failure.retryable() || attempt >= config.attempts()) {
                    metrics.failed(message.channel());
                    return new SendResult.Failed(failure.reason(), attempt);
                }
                metrics.retried(message.channel());
                Log.warnf("%s to %s failed (%s); attempt %d of %d in %d ms", message.channel(),
                        message.maskedDestination(), failure.reason(), attempt + 1, config.attempts(),
                        delay.toMillis());
                if (!pause(delay)) {
                    metrics.failed(message.channel());
                    return new SendResult.Failed(STOPPED, attempt);
                }
                delay = next(delay);
            }
        }
    }

    private Uni<?> transport(OutgoingMessage message) {
        if (message instanceof OutgoingMessage.Email mail) {
            return email.send(mail);
        }
        return sms.send((OutgoingMessage.Sms) message);
    }

    private Duration next(Duration delay) {
        Duration longer = Duration.ofMillis((long) (delay.toMillis() * config.multiplier()));
        return longer.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : longer;
    }

    /** False when the service is stopping: nothing was sent, so the message may go again later. */
    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
