package dev.practice2fa.notification.code;

import static dev.practice2fa.notification.support.Events.code;
import static dev.practice2fa.notification.support.Events.json;
import static dev.practice2fa.notification.support.Events.otpDelivery;
import static dev.practice2fa.notification.support.Events.seal;
import static dev.practice2fa.notification.support.Events.uniqueEmail;
import static dev.practice2fa.notification.support.Events.uniquePhone;
import static dev.practice2fa.notification.support.Outcomes.body;
import static dev.practice2fa.notification.support.Outcomes.header;
import static dev.practice2fa.notification.support.Outcomes.isDeadLetterOf;
import static dev.practice2fa.notification.support.Outcomes.isOutcomeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.practice2fa.common.crypto.SealedBox;
import dev.practice2fa.notification.ledger.InstanceLiveness;
import dev.practice2fa.notification.ledger.SendLedger;
import dev.practice2fa.notification.support.Counters;
import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.Mailbox;
import dev.practice2fa.notification.support.RestartFixture;
import dev.practice2fa.notification.support.SmsStandIn;
import dev.practice2fa.notification.support.TopicTail;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RepeatedDeliveryTests {
    @Inject
    MeterRegistry registry;

    @Inject
    RedisDataSource redis;

    private TopicTail outcomes;
    private TopicTail deadLetters;

    @BeforeAll
    static void forgetEarlierBuilds() {
        RestartFixture.DELIVERIES.clear();
    }

    @BeforeEach
    void watchTopics() {
        outcomes = new TopicTail("notification-outcomes");
        deadLetters = new TopicTail("otp-deliveries-dead-letter");
    }

    @AfterEach
    void stopWatching() {
        outcomes.close();
        deadLetters.close();
    }

    @Test
    void sendsOneEmailForADeliveryPublishedAgainOrUnderAnotherEventId() {
        String address = uniqueEmail("twice");
        Map<String, Object> delivery = otpDelivery("EMAIL", address, code(), "en-AU");
        Map<String, Object> republished = new LinkedHashMap<>(delivery);
        republished.put("eventId", UUID.randomUUID().toString());
        double duplicatesBefore = duplicates();

        publish(delivery);
        publish(delivery);
        publish(republished);

        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> duplicates() >= duplicatesBefore + 2);
        await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.of(address).size() == 1);
        assertThat(outcomes.seen(record -> isOutcomeOf(record, delivery)))
                .extracting(record -> body(record).path("outcome").asText())
                .containsExactly("DELIVERED");
        RestartFixture.DELIVERIES.record((String) delivery.get("deliveryId"), delivery);
    }

    @Test
    void reportsButNeverResendsADeliveryLeftHalfSentByAStoppedInstance() {
        String phone = uniquePhone();
        Map<String, Object> delivery = otpDelivery("SMS", phone, code(), "en-AU");
        String ledgerKey = SendLedger.key("code", delivery.get("deliveryId"));
        redis.value(String.class).set(ledgerKey, "CLAIMED|" + UUID.randomUUID() + "|" + UUID.randomUUID());

        publish(delivery);

        ConsumerRecord<String, String> outcome = outcomes.awaitRecord(record -> isOutcomeOf(record, delivery));
        assertThat(body(outcome).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(body(outcome).path("reason").asText()).startsWith("interrupted while sending");
        assertThat(header(deadLetters.awaitRecord(record -> isDeadLetterOf(record, delivery)),
                "dead-letter-reason")).startsWith("interrupted while sending");
        assertThat(SmsStandIn.requestsTo(phone)).isEmpty();
        assertThat(redis.value(String.class).get(ledgerKey)).isEqualTo("ABANDONED");
    }

    @Test
    void leavesADeliveryToTheLiveInstanceThatHoldsItAndSendsNothing() {
        String phone = uniquePhone();
        Map<String, Object> delivery = otpDelivery("SMS", phone, code(), "en-AU");
        String ledgerKey = SendLedger.key("code", delivery.get("deliveryId"));
        String otherInstance = UUID.randomUUID().toString();
        redis.value(String.class).set(InstanceLiveness.heartbeatKey(otherInstance), "alive",
                new SetArgs().ex(Duration.ofMinutes(1)));
        redis.value(String.class).set(ledgerKey, "CLAIMED|" + otherInstance + "|" + UUID.randomUUID());
        double duplicatesBefore = Counters.count(registry, "notification.messages.duplicates", "sms");

        publish(delivery);
        await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> Counters.count(registry, "notification.messages.duplicates", "sms")
                        == duplicatesBefore);
        redis.value(String.class).set(ledgerKey, "DELIVERED");

        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Counters.count(registry, "notification.messages.duplicates", "sms")
                        >= duplicatesBefore + 1);
        assertThat(SmsStandIn.requestsTo(phone)).isEmpty();
        assertThat(outcomes.seen(record -> isOutcomeOf(record, delivery))).isEmpty();
    }

    @Test
    void deadLettersOnceACodeThatDoesNotOpenForItsDelivery() {
        String address = uniqueEmail("tampered");
        Map<String, Object> delivery = otpDelivery("EMAIL", address, code(), "en-AU");
        SealedBox forAnotherDelivery = seal(code(), UUID.randomUUID());
        delivery.put("code", Map.of("keyId", forAnotherDelivery.keyId(), "nonce", forAnotherDelivery.nonce(),
                "ciphertext", forAnotherDelivery.ciphertext()));
        double duplicatesBefore = duplicates();

        publish(delivery);
        publish(delivery);

        ConsumerRecord<String, String> outcome = outcomes.awaitRecord(record -> isOutcomeOf(record, delivery));
        assertThat(body(outcome).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(body(outcome).path("reason").asText()).isEqualTo("the code does not open with this service's keys");
        await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> duplicates() >= duplicatesBefore + 1);
        assertThat(deadLetters.seen(record -> isDeadLetterOf(record, delivery))).hasSize(1);
        assertThat(outcomes.seen(record -> isOutcomeOf(record, delivery))).hasSize(1);
        assertThat(Mailbox.of(address)).isEmpty();
    }

    @Test
    void deadLettersADeliveryToADestinationThatIsNoPhoneNumber() {
        Map<String, Object> delivery = otpDelivery("SMS", "0412 345 678", code(), "en-AU");

        publish(delivery);

        ConsumerRecord<String, String> outcome = outcomes.awaitRecord(record -> isOutcomeOf(record, delivery));
        assertThat(body(outcome).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(body(outcome).path("reason").asText()).isEqualTo("the destination is not a valid SMS destination");
        assertThat(header(deadLetters.awaitRecord(record -> isDeadLetterOf(record, delivery)),
                "dead-letter-reason")).isEqualTo("the destination is not a valid SMS destination");
    }

    private double duplicates() {
        return Counters.count(registry, "notification.messages.duplicates", "email");
    }

    private static void publish(Map<String, Object> delivery) {
        Kafka.publish("otp-deliveries", (String) delivery.get("challengeId"), json(delivery));
    }
}
