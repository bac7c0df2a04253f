package dev.practice2fa.notification.sms.twilio;

import dev.practice2fa.notification.dispatch.OutgoingMessage;
import dev.practice2fa.notification.dispatch.SendFailure;
import dev.practice2fa.notification.sms.SmsConfig;
import dev.practice2fa.notification.sms.SmsProvider;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends text messages through Twilio's Messages API: a form post of {@code To}, {@code From}
 * and {@code Body}, authenticated with the account SID and auth token.
 */
@ApplicationScoped
@Identifier(TwilioSmsProvider.NAME)
public class TwilioSmsProvider implements SmsProvider {
    static final String NAME = "twilio";

    private final TwilioMessagesApi api;
    private final String accountSid;
    private final String authorization;
    private final String from;

    public TwilioSmsProvider(SmsConfig config) {
        SmsConfig.Twilio twilio = config.twilio();
        this.accountSid = required(twilio.accountSid().orElse(""), "account-sid", "SMS_ACCOUNT_SID");
        String token = required(twilio.authToken().orElse(""), "auth-token", "SMS_AUTH_TOKEN");
        this.from = required(twilio.from().orElse(""), "from", "SMS_FROM");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + token).getBytes(StandardCharsets.UTF_8));
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(twilio.url()))
                .connectTimeout(twilio.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(twilio.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(TwilioMessagesApi.class);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<String> send(OutgoingMessage.Sms message) {
        return api.create(accountSid, authorization, message.destination(), from, message.body())
                .onItem().transform(TwilioMessagesApi.TwilioMessage::sid)
                .onFailure().transform(TwilioSmsProvider::toSendFailure);
    }

    /** Retries only what Twilio surely did not take: refused connections, 429 and 5xx answers. */
    static SendFailure toSendFailure(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            String reason = "provider answered " + status;
            return status == 429 || status >= 500
                    ? SendFailure.retryable(reason) : SendFailure.permanent(reason);
        }
        if (causedBy(failure, ConnectException.class)) {
            return SendFailure.retryable("provider unreachable");
        }
        if (causedBy(failure, TimeoutException.class)) {
            return SendFailure.permanent("provider did not answer in time; not sent again to avoid a duplicate");
        }
        return SendFailure.retryable("provider call failed: " + failure.getClass().getSimpleName());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String required(String value, String property, String environment) {
        if (value.isBlank()) {
            throw new IllegalStateException("notification.sms.twilio." + property + " (" + environment
                    + ") must be set to send text messages through Twilio");
        }
        return value;
    }
}
