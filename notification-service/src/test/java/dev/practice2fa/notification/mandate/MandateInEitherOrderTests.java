package dev.practice2fa.notification.mandate;

import static dev.practice2fa.notification.support.Events.json;
import static dev.practice2fa.notification.support.Events.membership;
import static dev.practice2fa.notification.support.Events.settingChanged;
import static dev.practice2fa.notification.support.Events.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.Mailbox;
import dev.practice2fa.notification.support.Mailbox.ReceivedMail;
import dev.practice2fa.notification.support.RestartFixture;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The settings and the memberships of a practice come from two topics read independently: a
 * member hears of a mandate exactly once whichever arrives first, and however often.
 */
@QuarkusTest
class MandateInEitherOrderTests {
    private static final String SETTINGS = "practice-two-factor-settings";
    private static final String MEMBERSHIPS = "practice-memberships";

    @ConfigProperty(name = "mp.messaging.incoming.practice-memberships.group.id")
    String group;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String practice = "p-" + suffix;

    @BeforeAll
    static void forgetEarlierBuilds() {
        RestartFixture.MANDATE_NOTICES.clear();
    }

    @Test
    void tellsAMemberWhoseMembershipArrivesAfterTheMandate() {
        String sam = uniqueEmail("sam");
        publishSetting(mandate(2));
        Kafka.awaitCaughtUp(group, SETTINGS);

        publishMember(membership(practice, user("sam"), true, sam, "Dr Sam Lee", "en-AU", 1));

        awaitOneNotice(sam);
        ReceivedMail notice = Mailbox.of(sam).get(0);
        assertThat(notice.subject()).isEqualTo("Harbour Clinic now requires two-factor authentication");
        assertThat(notice.text()).contains("Hello Dr Sam Lee,", "You must use an authenticator app.");
        remember(sam);
    }

    @Test
    void tellsAMemberKnownBeforeTheMandateOnce() {
        String claire = uniqueEmail("claire");
        publishMember(membership(practice, user("claire"), true, claire, "Claire Martin", "fr", 1));
        Kafka.awaitCaughtUp(group, MEMBERSHIPS);

        publishSetting(mandate(2));

        awaitOneNotice(claire);
        assertThat(Mailbox.of(claire).get(0).subject())
                .isEqualTo("Harbour Clinic exige désormais la double authentification");
        remember(claire);
    }

    @Test
    void tellsEachMemberOnceWhenEveryEventComesTwiceInEitherOrder() {
        String early = uniqueEmail("early");
        String late = uniqueEmail("late");
        Map<String, Object> earlyJoin = joined("early", early);
        Map<String, Object> lateJoin = joined("late", late);
        Map<String, Object> mandate = mandate(2);

        publishTwice(this::publishMember, earlyJoin);
        publishTwice(this::publishSetting, mandate);
        publishTwice(this::publishMember, lateJoin);
        Kafka.awaitCaughtUp(group, SETTINGS, MEMBERSHIPS);
        publishTwice(this::publishSetting, mandate);
        publishTwice(this::publishMember, earlyJoin);

        awaitOneNotice(early);
        awaitOneNotice(late);
        remember(early);
        remember(late);
    }

    @Test
    void tellsEveryMemberOfAPracticeSetUpAMomentBeforeItsMandate() {
        String[] addresses = {uniqueEmail("first"), uniqueEmail("second"), uniqueEmail("third")};
        publishSetting(settingChanged(practice, "Harbour Clinic", "DISABLED", "DISABLED", "OPTIONAL",
                1));
        for (int i = 0; i < addresses.length; i++) {
            publishMember(joined("member-" + i, addresses[i]));
        }

        publishSetting(mandate(2));

        for (String address : addresses) {
            awaitOneNotice(address);
            remember(address);
        }
    }

    @Test
    void tellsNoMemberRemovedWhetherTheRemovalArrivesBeforeOrAfterTheMembership() {
        String stays = uniqueEmail("stays");
        String former = uniqueEmail("former");
        String departed = uniqueEmail("departed");
        Map<String, Object> formerJoin = joined("former", former);
        publishMember(formerJoin);
        publishMember(removed("former", 2));
        publishMember(removed("departed", 2));
        publishMember(joined("stays", stays));
        Kafka.awaitCaughtUp(group, MEMBERSHIPS);

        publishSetting(mandate(2));
        publishMember(formerJoin);
        publishMember(joined("departed", departed));

        awaitOneNotice(stays);
        assertThat(Mailbox.of(former)).isEmpty();
        assertThat(Mailbox.of(departed)).isEmpty();
    }

    @Test
    void tellsNoMemberWhoJoinsAPracticeMandatoryForLongerThanTheNoticeWindow() {
        String newcomer = uniqueEmail("newcomer");
        String afterRename = uniqueEmail("after-rename");
        Map<String, Object> longAgo = mandate(2);
        longAgo.put("occurredAt", Instant.now().minus(Duration.ofDays(2)).toString());
        publishSetting(longAgo);
        Kafka.awaitCaughtUp(group, SETTINGS);

        publishMember(joined("newcomer", newcomer));
        publishSetting(rename(3, "Harbour Health"));
        publishMember(joined("after-rename", afterRename));
        Kafka.awaitCaughtUp(group, SETTINGS, MEMBERSHIPS);

        assertThat(Mailbox.of(newcomer)).isEmpty();
        assertThat(Mailbox.of(afterRename)).isEmpty();
    }

    @Test
    void tellsAMemberWhoJoinsAfterARenameOfTheMandateUnderTheNewName() {
        String joiner = uniqueEmail("joiner");
        publishSetting(mandate(2));
        publishSetting(rename(3, "Harbour Health"));
        Kafka.awaitCaughtUp(group, SETTINGS);

        publishMember(joined("joiner", joiner));

        awaitOneNotice(joiner);
        assertThat(Mailbox.of(joiner).get(0).subject())
                .isEqualTo("Harbour Health now requires two-factor authentication");
    }

    @Test
    void tellsNoMemberWhoJoinsOnceThePracticeNoLongerMandatesTwoFactor() {
        String joiner = uniqueEmail("joiner");
        publishSetting(mandate(2));
        publishSetting(settingChanged(practice, "Harbour Clinic", "ENABLED_MANDATORY",
                "ENABLED_OPTIONAL", "AUTHENTICATOR", 3));
        Kafka.awaitCaughtUp(group, SETTINGS);

        publishMember(joined("joiner", joiner));
        Kafka.awaitCaughtUp(group, MEMBERSHIPS);

        assertThat(Mailbox.of(joiner)).isEmpty();
    }

    /** Waits for the notice, then for every event to be handled, and checks none came twice. */
    private void awaitOneNotice(String address) {
        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.of(address).size() >= 1);
        Kafka.awaitCaughtUp(group, SETTINGS, MEMBERSHIPS);
        assertThat(Mailbox.of(address)).hasSize(1);
    }

    /** A user id no other test uses, since the directory indexes users across practices. */
    private String user(String name) {
        return "u-" + name + "-" + suffix;
    }

    /** An active member with this address, English-speaking and without a display name. */
    private Map<String, Object> joined(String name, String address) {
        return membership(practice, user(name), true, address, null, "en-AU", 1);
    }

    /** A removal, which keeps nothing of the member but the version. */
    private Map<String, Object> removed(String name, long version) {
        return membership(practice, user(name), false, null, null, null, version);
    }

    private Map<String, Object> mandate(long version) {
        return settingChanged(practice, "Harbour Clinic", "ENABLED_OPTIONAL", "ENABLED_MANDATORY",
                "AUTHENTICATOR", version);
    }

    private Map<String, Object> rename(long version, String name) {
        Map<String, Object> rename = settingChanged(practice, name, "ENABLED_MANDATORY",
                "ENABLED_MANDATORY", "AUTHENTICATOR", version);
        rename.put("type", "PRACTICE_UPDATED");
        return rename;
    }

    /** The notice is remembered so that the restarted application can show it sends it no more. */
    private void remember(String address) {
        RestartFixture.MANDATE_NOTICES.record(address,
                Map.of("address", address, "practiceId", practice));
    }

    private void publishSetting(Map<String, Object> event) {
        Kafka.publish(SETTINGS, practice, json(event));
    }

    private void publishMember(Map<String, Object> event) {
        Kafka.publish(MEMBERSHIPS, practice + ":" + event.get("userId"), json(event));
    }

    /** The event twice: as it is (a redelivery) and under another event id (a republication). */
    private static void publishTwice(Consumer<Map<String, Object>> publish, Map<String, Object> event) {
        Map<String, Object> republished = new LinkedHashMap<>(event);
        republished.put("eventId", UUID.randomUUID().toString());
        publish.accept(event);
        publish.accept(republished);
    }
}
