package dev.practice2fa.notification.code;

import static dev.practice2fa.notification.support.Events.code;
import static dev.practice2fa.notification.support.Events.json;
import static dev.practice2fa.notification.support.Events.membership;
import static dev.practice2fa.notification.support.Events.otpDelivery;
import static dev.practice2fa.notification.support.Events.securityEvent;
import static dev.practice2fa.notification.support.Events.uniqueEmail;
import static dev.practice2fa.notification.support.Events.uniquePhone;
import static org.awaitility.Awaitility.await;

import dev.practice2fa.notification.directory.MemberDirectory;
import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.MailServerUnreachable;
import dev.practice2fa.notification.support.SmsStandIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A code goes out while notices wait for an unreachable mail server: notices never take the
 * threads that send codes.
 */
@QuarkusTest
@TestProfile(MailServerUnreachable.class)
class CodesAheadOfNoticesTests {
    /** More notices than there are threads for notices and for codes together. */
    private static final int NOTICES = 30;

    @Inject
    MemberDirectory members;

    @Test
    void anSmsCodeIsSentWhileNoticesWaitToRetryAnUnreachableMailServer() {
        String practice = "p-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> users = IntStream.range(0, NOTICES)
                .mapToObj(i -> "u-" + UUID.randomUUID().toString().substring(0, 8))
                .toList();
        List<String> addresses = users.stream().map(user -> uniqueEmail("member")).toList();
        for (int i = 0; i < NOTICES; i++) {
            Kafka.publish("practice-memberships", practice + ":" + users.get(i),
                    json(membership(practice, users.get(i), true, addresses.get(i), "Member " + i, "en-AU", 1)));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> users.stream().allMatch(user -> members.contactFor(user, practice).isPresent()));

        users.forEach(user -> Kafka.publish("two-factor-security-events", user,
                json(securityEvent("FACTOR_REMOVED", user, "SMS", practice))));
        // Every notice fails its first attempt at once and then waits ten seconds to retry.
        sleep(Duration.ofSeconds(2));

        String phone = uniquePhone();
        Map<String, Object> delivery = otpDelivery("SMS", phone, code(), "en-AU");
        Kafka.publish("otp-deliveries", (String) delivery.get("challengeId"), json(delivery));

        // Well before any notice's retry is due, the code has reached the SMS provider.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> SmsStandIn.requestsTo(phone).size() == 1);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
