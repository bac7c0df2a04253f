package dev.practice2fa.benchmarks.scenario.events;

import dev.practice2fa.common.crypto.SealedBox;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Reads the codes the challenge service sends out, from {@code otp-deliveries}, so that a
 * scenario can verify a code it never saw travel in plain text. Only deliveries to this run's
 * users are kept. Field names follow the event documented beside the challenge service; this
 * class is the one place to adjust them.
 */
public final class OtpDeliveryTap implements AutoCloseable {
    static final String TOPIC = "otp-deliveries";
    static final String TYPE = "OTP_DELIVERY_REQUESTED";
    static final String ENROLMENT = "ENROLMENT";

    private final CodeOpener opener;
    private final String userPrefix;
    private final Rendezvous<String, CodeDelivery> byChallenge = new Rendezvous<>();
    private final Rendezvous<String, CodeDelivery> enrolmentByUser = new Rendezvous<>();
    private TopicTap tap;

    private OtpDeliveryTap(CodeOpener opener, String userPrefix) {
        this.opener = opener;
        this.userPrefix = userPrefix;
    }

    /** Starts reading deliveries to users whose id starts with {@code userPrefix}. */
    public static OtpDeliveryTap start(String bootstrapServers, CodeOpener opener, String userPrefix,
            Duration timeout) {
        OtpDeliveryTap deliveries = new OtpDeliveryTap(opener, userPrefix);
        deliveries.tap = TopicTap.start(bootstrapServers, TOPIC,
                (record, seenAt) -> deliveries.accept(record.value()), timeout);
        return deliveries;
    }

    /** A tap that reads nothing by itself; records are handed to {@link #accept}. */
    static OtpDeliveryTap unstarted(CodeOpener opener, String userPrefix) {
        return new OtpDeliveryTap(opener, userPrefix);
    }

    /** The code sent for a challenge. */
    public CompletionStage<CodeDelivery> forChallenge(String challengeId) {
        return byChallenge.expect(challengeId);
    }

    /** The code sent to confirm a user's new factor. */
    public CompletionStage<CodeDelivery> enrolmentFor(String userId) {
        return enrolmentByUser.expect(userId);
    }

    void accept(String value) {
        JsonObject event = new JsonObject(value);
        String userId = event.getString("userId");
        if (!TYPE.equals(event.getString("type")) || userId == null || !userId.startsWith(userPrefix)) {
            return;
        }
        CodeDelivery delivery = read(event, opener);
        if (delivery.challengeId() != null) {
            byChallenge.arrive(delivery.challengeId(), delivery);
        }
        if (ENROLMENT.equals(delivery.purpose())) {
            enrolmentByUser.arrive(userId, delivery);
        }
    }

    static CodeDelivery read(JsonObject event, CodeOpener opener) {
        String deliveryId = event.getString("deliveryId");
        JsonObject sealed = event.getJsonObject("code");
        SealedBox box = new SealedBox(sealed.getString("keyId"), sealed.getString("nonce"),
                sealed.getString("ciphertext"));
        return new CodeDelivery(deliveryId, event.getString("challengeId"), event.getString("userId"),
                event.getString("purpose"), opener.open(box, deliveryId));
    }

    @Override
    public void close() {
        if (tap != null) {
            tap.close();
        }
    }
}
