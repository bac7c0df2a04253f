package dev.practice2fa.notification.code;

import static dev.practice2fa.notification.support.Events.code;
import static dev.practice2fa.notification.support.Events.json;
import static dev.practice2fa.notification.support.Events.otpDelivery;
import static dev.practice2fa.notification.support.Events.uniqueEmail;
import static dev.practice2fa.notification.support.Events.uniquePhone;
import static dev.practice2fa.notification.support.Outcomes.body;
import static dev.practice2fa.notification.support.Outcomes.header;
import static dev.practice2fa.notification.support.Outcomes.isDeadLetterOf;
import static dev.practice2fa.notification.support.Outcomes.isOutcomeOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.notification.support.Counters;
import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.Mailbox;
import dev.practice2fa.notification.support.Mailbox.ReceivedMail;
import dev.practice2fa.notification.support.SmsStandIn;
import dev.practice2fa.notification.support.SmsStandIn.ReceivedSms;
import dev.practice2fa.notification.support.TopicTail;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeDeliveryTests {
    @Inject
    MeterRegistry registry;

    private TopicTail outcomes;

    @BeforeEach
    void watchOutcomes() {
        outcomes = new TopicTail("notification-outcomes");
    }

    @AfterEach
    void stopWatching() {
        outcomes.close();
    }

    @Test
    void emailsTheCodeOnceInTheRequestedLocale() {
        String address = uniqueEmail("claire");
        String code = code();
        Map<String, Object> delivery = otpDelivery("EMAIL", address, code, "fr");
        delivery.put("practiceName", "Clinique du Port");

        publish(delivery);

        JsonNode outcome = outcomeOf(delivery);
        assertThat(outcome.path("outcome").asText()).isEqualTo("DELIVERED");
        assertThat(outcome.path("challengeId").asText()).isEqualTo(delivery.get("challengeId"));
        assertThat(outcome.path("channel").asText()).isEqualTo("EMAIL");
        List<ReceivedMail> mails = Mailbox.of(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Votre code de connexion pour Clinique du Port");
        assertThat(mails.get(0).text()).contains(code, "Il expire dans 5 minutes");
        assertThat(mails.get(0).html()).contains(code, "Clinique du Port");
    }

    @Test
    void emailsAnEnrolmentCodeFromAccountSettingsThatBelongsToNoChallenge() {
        String address = uniqueEmail("aidan");
        String code = code();
        Map<String, Object> delivery = otpDelivery("EMAIL", address, code, "en-AU");
        delivery.put("challengeId", null);
        delivery.put("purpose", "ENROLMENT");

        Kafka.publish("otp-deliveries", UUID.randomUUID().toString(), json(delivery));

        JsonNode outcome = outcomeOf(delivery);
        assertThat(outcome.path("outcome").asText()).isEqualTo("DELIVERED");
        assertThat(outcome.path("challengeId").isNull()).isTrue();
        assertThat(Mailbox.of(address)).singleElement().satisfies(mail -> assertThat(mail.text()).contains(code));
    }

    @Test
    void textsTheCodeOnceThroughTheProvider() {
        String phone = uniquePhone();
        String code = code();
        Map<String, Object> delivery = otpDelivery("SMS", phone, code, "en-AU");

        publish(delivery);

        assertThat(outcomeOf(delivery).path("outcome").asText()).isEqualTo("DELIVERED");
        List<ReceivedSms> texts = SmsStandIn.requestsTo(phone);
        assertThat(texts).hasSize(1);
        ReceivedSms text = texts.get(0);
        assertThat(text.body())
                .isEqualTo(code + " is your sign-in code for Harbour Clinic. It expires in 5 min. Never share it.");
        assertThat(text.from()).isEqualTo("+61480000000");
        assertThat(text.url()).isEqualTo("/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json");
        assertThat(text.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                "AC00000000000000000000000000000000:local-only-token".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fallsBackToAustralianEnglishForALocaleItDoesNotSpeak() {
        String phone = uniquePhone();
        String code = code();
        Map<String, Object> delivery = otpDelivery("SMS", phone, code, "zh-CN");
        delivery.put("practiceName", null);

        publish(delivery);

        assertThat(outcomeOf(delivery).path("outcome").asText()).isEqualTo("DELIVERED");
        assertThat(SmsStandIn.requestsTo(phone))
                .extracting(ReceivedSms::body)
                .containsExactly(code + " is your sign-in code. It expires in 5 min. Never share it.");
    }

    @Test
    void dropsAnExpiredDeliveryWithoutSendingIt() {
        String address = uniqueEmail("late");
        Map<String, Object> delivery = otpDelivery("EMAIL", address, code(), "en-AU");
        delivery.put("occurredAt", Instant.now().minus(Duration.ofMinutes(6)).toString());
        delivery.put("expiresAt", Instant.now().minus(Duration.ofMinutes(1)).toString());

        publish(delivery);

        JsonNode outcome = outcomeOf(delivery);
        assertThat(outcome.path("outcome").asText()).isEqualTo("EXPIRED");
        assertThat(Mailbox.of(address)).isEmpty();
    }

    @Test
    void triesTheProviderAgainAfterItFailsOnce() {
        String phone = uniquePhone();
        String code = code();
        List<String> stubs = SmsStandIn.answerInTurn(phone, 0, 500, 201);
        double retriedBefore = count("notification.messages.retried");
        try {
            Map<String, Object> delivery = otpDelivery("SMS", phone, code, "en-AU");

            publish(delivery);

            assertThat(outcomeOf(delivery).path("outcome").asText()).isEqualTo("DELIVERED");
            assertThat(SmsStandIn.answersTo(phone)).containsExactlyInAnyOrder(500, 201);
            assertThat(SmsStandIn.requestsTo(phone)).allSatisfy(text -> assertThat(text.body()).startsWith(code));
            assertThat(outcomes.seen(record -> isOutcomeOf(record, delivery))).hasSize(1);
            assertThat(count("notification.messages.retried")).isGreaterThanOrEqualTo(retriedBefore + 1);
        } finally {
            SmsStandIn.removeStubs(stubs);
        }
    }

    @Test
    void deadLettersWhatTheProviderKeepsRefusingWhileOthersGoThrough() {
        String refusedPhone = uniquePhone();
        List<String> stubs = SmsStandIn.answerInTurn(refusedPhone, 1000, 500);
        double deadLetteredBefore = count("notification.messages.dead.lettered");
        try (TopicTail deadLetters = new TopicTail("otp-deliveries-dead-letter")) {
            Map<String, Object> refused = otpDelivery("SMS", refusedPhone, code(), "en-AU");
            Map<String, Object> next = otpDelivery("SMS", uniquePhone(), code(), "en-AU");
            next.put("challengeId", challengeOnSamePartitionAs((String) refused.get("challengeId")));

            publish(refused);
            publish(next);

            ConsumerRecord<String, String> nextOutcome = outcomes.awaitRecord(record -> isOutcomeOf(record, next));
            ConsumerRecord<String, String> refusedOutcome =
                    outcomes.awaitRecord(record -> isOutcomeOf(record, refused));
            assertThat(body(nextOutcome).path("outcome").asText()).isEqualTo("DELIVERED");
            assertThat(nextOutcome.timestamp()).isLessThan(refusedOutcome.timestamp());
            assertThat(body(refusedOutcome).path("outcome").asText()).isEqualTo("FAILED");
            assertThat(body(refusedOutcome).path("reason").asText()).isEqualTo("provider answered 500");
            ConsumerRecord<String, String> deadLetter =
                    deadLetters.awaitRecord(record -> isDeadLetterOf(record, refused));
            assertThat(deadLetter.key()).isEqualTo(refused.get("challengeId"));
            assertThat(header(deadLetter, "dead-letter-reason")).isEqualTo("provider answered 500");
            assertThat(SmsStandIn.answersTo(refusedPhone)).containsExactly(500, 500, 500);
            assertThat(deadLetters.seen(record -> isDeadLetterOf(record, refused))).hasSize(1);
            assertThat(count("notification.messages.dead.lettered")).isEqualTo(deadLetteredBefore + 1);
        } finally {
            SmsStandIn.removeStubs(stubs);
        }
    }

    private static String challengeOnSamePartitionAs(String challengeId) {
        int partition = Kafka.partitionOf("otp-deliveries", challengeId);
        String candidate;
        do {
            candidate = UUID.randomUUID().toString();
        } while (Kafka.partitionOf("otp-deliveries", candidate) != partition);
        return candidate;
    }

    private double count(String counter) {
        return Counters.count(registry, counter, "sms");
    }

    private static void publish(Map<String, Object> delivery) {
        Kafka.publish("otp-deliveries", (String) delivery.get("challengeId"), json(delivery));
    }

    private JsonNode outcomeOf(Map<String, Object> delivery) {
        return body(outcomes.awaitRecord(record -> isOutcomeOf(record, delivery)));
    }

}
