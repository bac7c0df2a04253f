package dev.practice2fa.notification.mandate;

import static dev.practice2fa.notification.support.Events.json;
import static dev.practice2fa.notification.support.Events.membership;
import static dev.practice2fa.notification.support.Events.settingChanged;
import static dev.practice2fa.notification.support.Events.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.practice2fa.notification.directory.Member;
import dev.practice2fa.notification.directory.MemberDirectory;
import dev.practice2fa.notification.support.Counters;
import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.Mailbox;
import dev.practice2fa.notification.support.Mailbox.ReceivedMail;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MandateNoticeTests {
    @Inject
    MemberDirectory members;

    @Inject
    MeterRegistry registry;

    @Test
    void emailsEveryActiveMemberOnceInTheirLanguageWhenTwoFactorBecomesMandatory() {
        String practice = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String sam = uniqueEmail("sam");
        String claire = uniqueEmail("claire");
        String former = uniqueEmail("former");
        String elsewhere = uniqueEmail("elsewhere");
        publishMember(practice, "u-sam", true, sam, "Dr Sam Lee", "en-AU", 1);
        publishMember(practice, "u-claire", true, claire, "Claire Martin", "fr", 1);
        publishMember(practice, "u-former", true, former, "Former Staff", "en-AU", 1);
        publishMember(practice, "u-former", false, null, null, null, 2);
        publishMember(practice + "-other", "u-elsewhere", true, elsewhere, "Elsewhere", "en-AU", 1);
        awaitReachable(practice, "u-claire", "u-sam");
        Map<String, Object> change = settingChanged(practice, "Harbour Clinic", "ENABLED_OPTIONAL",
                "ENABLED_MANDATORY", "AUTHENTICATOR", 2);

        publishSetting(change);

        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.of(sam).size() == 1 && Mailbox.of(claire).size() == 1);
        ReceivedMail english = Mailbox.of(sam).get(0);
        assertThat(english.subject()).isEqualTo("Harbour Clinic now requires two-factor authentication");
        assertThat(english.text()).contains("Hello Dr Sam Lee,", "You must use an authenticator app.");
        ReceivedMail french = Mailbox.of(claire).get(0);
        assertThat(french.subject()).isEqualTo("Harbour Clinic exige désormais la double authentification");
        assertThat(french.text()).contains("Bonjour Claire Martin,", "application d'authentification");
        assertThat(french.html()).contains("Claire Martin");

        Map<String, Object> republished = new LinkedHashMap<>(change);
        republished.put("eventId", UUID.randomUUID().toString());
        double duplicatesBefore = duplicates();
        publishSetting(change);
        publishSetting(republished);

        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> duplicates() >= duplicatesBefore + 4);
        assertThat(Mailbox.of(sam)).hasSize(1);
        assertThat(Mailbox.of(claire)).hasSize(1);
        assertThat(Mailbox.of(former)).isEmpty();
        assertThat(Mailbox.of(elsewhere)).isEmpty();
    }

    @Test
    void emailsMembersAgainWhenTheMandatedMethodChanges() {
        String practice = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String sam = uniqueEmail("sam");
        publishMember(practice, "u-sam", true, sam, null, "en-AU", 1);
        awaitReachable(practice, "u-sam");
        publishSetting(settingChanged(practice, "Harbour Clinic", "ENABLED_OPTIONAL", "ENABLED_MANDATORY",
                "OPTIONAL", 2));
        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.of(sam).size() == 1);
        Map<String, Object> methodChange = settingChanged(practice, "Harbour Clinic", "ENABLED_MANDATORY",
                "ENABLED_MANDATORY", "SMS", 3);
        methodChange.put("previousMethodPreference", "OPTIONAL");

        publishSetting(methodChange);

        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.of(sam).size() == 2);
        assertThat(Mailbox.of(sam))
                .extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder("Harbour Clinic now requires two-factor authentication",
                        "Harbour Clinic has changed its two-factor authentication method");
        assertThat(Mailbox.of(sam))
                .extracting(ReceivedMail::text)
                .anySatisfy(text -> assertThat(text)
                        .contains("Hello,", "You must use codes sent to your phone by SMS."));
    }

    private void awaitReachable(String practice, String... userIds) {
        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> members.reachableMembers(practice).stream().map(Member::userId).toList(),
                        reachable -> reachable.equals(List.of(userIds)));
    }

    private double duplicates() {
        return Counters.count(registry, "notification.messages.duplicates", "email");
    }

    private static void publishMember(String practice, String user, boolean active, String email, String name,
            String locale, long version) {
        Kafka.publish("practice-memberships", practice + ":" + user,
                json(membership(practice, user, active, email, name, locale, version)));
    }

    private static void publishSetting(Map<String, Object> change) {
        Kafka.publish("practice-two-factor-settings", (String) change.get("practiceId"), json(change));
    }
}
