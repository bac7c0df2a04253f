package dev.practice2fa.notification.sms;

import dev.practice2fa.notification.dispatch.OutgoingMessage;
import io.smallrye.mutiny.Uni;

/**
 * A company that delivers text messages. Implementations are CDI beans qualified with
 * {@code @Identifier("name")}; {@code notification.sms.provider} picks the one in use, so a new
 * provider is one new class and nothing else changes.
 */
public interface SmsProvider {
    /** The name under which configuration selects this provider. */
    String name();

    /**
     * Hands one message to the provider.
     *
     * @return the provider's reference for the message
     * @throws dev.practice2fa.notification.dispatch.SendFailure (as the failure of the Uni) when
     *         it does not take the message, saying whether trying again is safe
     */
    Uni<String> send(OutgoingMessage.Sms message);
}
