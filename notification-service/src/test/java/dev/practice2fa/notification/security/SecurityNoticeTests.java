package dev.practice2fa.notification.security;

import static dev.practice2fa.notification.support.Events.json;
import static dev.practice2fa.notification.support.Events.membership;
import static dev.practice2fa.notification.support.Events.securityEvent;
import static dev.practice2fa.notification.support.Events.settingChanged;
import static dev.practice2fa.notification.support.Events.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.practice2fa.notification.directory.MemberDirectory;
import dev.practice2fa.notification.directory.PracticeDirectory;
import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.Mailbox;
import dev.practice2fa.notification.support.Mailbox.ReceivedMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityNoticeTests {
    @Inject
    MemberDirectory members;

    @Inject
    PracticeDirectory practices;

    @Test
    void emailsTheUserOnceInTheirLanguageWhenAFactorIsRemoved() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String practice = "p-" + suffix;
        String user = "u-" + suffix;
        String address = uniqueEmail("claire");
        Kafka.publish("practice-two-factor-settings", practice, json(settingChanged(practice, "Clinique du Port",
                "DISABLED", "ENABLED_OPTIONAL", "OPTIONAL", 1)));
        Kafka.publish("practice-memberships", practice + ":" + user,
                json(membership(practice, user, true, address, "Claire Martin", "fr", 1)));
        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> members.contactFor(user, practice).isPresent()
                        && practices.find(practice).isPresent());
        Map<String, Object> removed = securityEvent("FACTOR_REMOVED", user, "SMS", practice);

        Kafka.publish("two-factor-security-events", user, json(removed));
        Kafka.publish("two-factor-security-events", user, json(removed));

        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.of(address).size() == 1);
        ReceivedMail mail = Mailbox.of(address).get(0);
        assertThat(mail.subject())
                .isEqualTo("Une méthode de double authentification a été retirée de votre compte");
        assertThat(mail.text()).contains("Bonjour Claire Martin,", "Méthode : codes par SMS",
                "Cabinet : Clinique du Port");
        await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.of(address).size() == 1);
    }

    @Test
    void emailsTheUserWhenARecoveryCodeIsUsed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String user = "u-" + suffix;
        String address = uniqueEmail("sam");
        Kafka.publish("practice-memberships", "p-" + suffix + ":" + user,
                json(membership("p-" + suffix, user, true, address, "Dr Sam Lee", "en-AU", 1)));
        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> members.contactFor(user, null).isPresent());

        Kafka.publish("two-factor-security-events", user,
                json(securityEvent("RECOVERY_CODE_USED", user, null, null)));

        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.of(address).size() == 1);
        ReceivedMail mail = Mailbox.of(address).get(0);
        assertThat(mail.subject()).isEqualTo("A recovery code was used on your account");
        assertThat(mail.text()).contains("Hello Dr Sam Lee,", "It cannot be used again.")
                .doesNotContain("Method:");
    }
}
