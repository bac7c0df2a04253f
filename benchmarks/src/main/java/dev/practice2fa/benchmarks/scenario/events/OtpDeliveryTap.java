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

    private final CodeOpener opener;
    private final String userPrefix;
    private final Rendezvous<String, CodeDelivery> byChallenge = new Rendezvous<>();
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

    /**
     * The code sent for a sign-in challenge: to verify it, or to confirm a factor set up under
     * it. Codes of enrolments from account settings name no challenge and are not kept.
     */
    public CompletionStage<CodeDelivery> forChallenge(String challengeId) {
        return byChallenge.expect(challengeId);
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
