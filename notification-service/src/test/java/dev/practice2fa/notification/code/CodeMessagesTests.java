package dev.practice2fa.notification.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.common.crypto.SealedBox;
import dev.practice2fa.notification.dispatch.DeliveryChannel;
import dev.practice2fa.notification.dispatch.OutgoingMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeMessagesTests {
    @Inject
    CodeMessages messages;

    @Test
    void keepsATextMessageWithinOneSegmentAndItsSecretToTheCode() {
        OutgoingMessage.Sms sms = (OutgoingMessage.Sms) messages.render(
                request(DeliveryChannel.SMS, "+61412345678", "en-AU", "SIGN_IN", "Harbour Clinic"), "012345");

        assertThat(sms.body()).hasSizeLessThanOrEqualTo(160).startsWith("012345 ").contains("Harbour Clinic");
    }

    @Test
    void asksAnEnrollingUserToConfirmTheirAddressInTheirLanguage() {
        OutgoingMessage.Email email = (OutgoingMessage.Email) messages.render(
                request(DeliveryChannel.EMAIL, "claire@example.com", "fr-CA", "ENROLMENT", null), "654321");

        assertThat(email.subject()).isEqualTo("Votre code pour configurer la double authentification");
        assertThat(email.text()).contains("654321", "Il expire dans 5 minutes");
        assertThat(email.html()).contains("654321").contains("<html");
    }

    @Test
    void escapesThePracticeNameInTheHtmlBody() {
        OutgoingMessage.Email email = (OutgoingMessage.Email) messages.render(
                request(DeliveryChannel.EMAIL, "sam@example.com", "en-AU", "SIGN_IN", "<b>Harbour</b> & Co"),
                "111111");

        assertThat(email.html()).contains("&lt;b&gt;Harbour&lt;/b&gt; &amp; Co").doesNotContain("<b>Harbour</b>");
        assertThat(email.subject()).isEqualTo("Your sign-in code for <b>Harbour</b> & Co");
    }

    private static OtpDeliveryRequested request(DeliveryChannel channel, String destination, String locale,
            String purpose, String practiceName) {
        Instant now = Instant.now();
        return new OtpDeliveryRequested(UUID.randomUUID(), OtpDeliveryRequested.TYPE, 1, now, UUID.randomUUID(),
                UUID.randomUUID(), "u-1", channel, destination, new SealedBox("local-1", "n", "c"), locale,
                purpose, practiceName, now.plus(Duration.ofMinutes(5)));
    }
}
