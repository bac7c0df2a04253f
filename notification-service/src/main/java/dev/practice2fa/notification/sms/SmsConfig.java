package dev.practice2fa.notification.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Which SMS provider carries text messages, and how to reach each one. */
@ConfigMapping(prefix = "notification.sms")
public interface SmsConfig {
    /** The {@code @Identifier} of the provider in use ({@code SMS_PROVIDER}). */
    @WithDefault("twilio")
    String provider();

    /** Twilio's Messages API. */
    Twilio twilio();

    /** Twilio's Messages API and the account that pays for the messages. */
    interface Twilio {
        /** The API's base address ({@code SMS_PROVIDER_URL}). */
        @WithDefault("http://127.0.0.1:18090")
        String url();

        /** The account SID, also the basic-auth user name ({@code SMS_ACCOUNT_SID}). */
        Optional<String> accountSid();

        /** The account's auth token, the basic-auth password ({@code SMS_AUTH_TOKEN}). */
        Optional<String> authToken();

        /** The sending number or sender id ({@code SMS_FROM}). */
        Optional<String> from();

        /** How long to wait for a connection to the API. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** How long to wait for the API's answer once the request is sent. */
        @WithDefault("PT10S")
        Duration readTimeout();
    }
}
