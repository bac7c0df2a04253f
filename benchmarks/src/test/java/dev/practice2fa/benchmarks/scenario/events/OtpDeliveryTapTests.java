package dev.practice2fa.benchmarks.scenario.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.practice2fa.common.crypto.KeyRing;
import dev.practice2fa.common.crypto.SealedBox;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OtpDeliveryTapTests {
    private static final String KEY = "QZEow18GUNo+q3fdU1QVaaOoGQrWDwYZtvw6RgbrTIM=";
    private static final KeyRing SERVICE_RING = new KeyRing(Map.of("local-1", KEY), "local-1");

    @Test
    void opensTheSealedCodeBoundToItsDeliveryId() {
        JsonObject event = event("d-1", "c-1", "bench-x-u1", "SIGN_IN", "012345");

        CodeDelivery delivery = OtpDeliveryTap.read(event, new CodeOpener(KEY));

        assertThat(delivery.code()).isEqualTo("012345");
        assertThat(delivery.challengeId()).isEqualTo("c-1");
        assertThat(delivery.purpose()).isEqualTo("SIGN_IN");
    }

    @Test
    void refusesACodeMovedToAnotherDelivery() {
        JsonObject event = event("d-1", "c-1", "bench-x-u1", "SIGN_IN", "012345").put("deliveryId", "d-2");

        assertThatThrownBy(() -> OtpDeliveryTap.read(event, new CodeOpener(KEY)))
                .isInstanceOf(KeyRing.UnsealException.class);
    }

    @Test
    void handsEachCodeToWhoeverWaitsForItsChallengeBeforeOrAfterItArrives() {
        OtpDeliveryTap tap = OtpDeliveryTap.unstarted(new CodeOpener(KEY), "bench-x-");
        CompletableFuture<CodeDelivery> signIn = tap.forChallenge("c-1").toCompletableFuture();

        tap.accept(event("d-1", "c-1", "bench-x-u1", "SIGN_IN", "111111").encode());
        tap.accept(event("d-2", "c-2", "bench-x-u2", "ENROLMENT", "222222").encode());

        assertThat(signIn).isCompletedWithValueMatching(delivery -> delivery.code().equals("111111"));
        assertThat(tap.forChallenge("c-2").toCompletableFuture())
                .isCompletedWithValueMatching(delivery -> delivery.code().equals("222222"));
    }

    @Test
    void ignoresDeliveriesToUsersOfOtherRuns() {
        OtpDeliveryTap tap = OtpDeliveryTap.unstarted(new CodeOpener(KEY), "bench-x-");

        tap.accept(event("d-1", "c-9", "u-somebody", "SIGN_IN", "111111").encode());

        assertThat(tap.forChallenge("c-9").toCompletableFuture()).isNotDone();
    }

    private static JsonObject event(String deliveryId, String challengeId, String userId, String purpose,
            String code) {
        SealedBox box = SERVICE_RING.seal(code.getBytes(StandardCharsets.UTF_8), deliveryId);
        return new JsonObject()
                .put("eventId", "e-" + deliveryId)
                .put("type", "OTP_DELIVERY_REQUESTED")
                .put("schemaVersion", 1)
                .put("deliveryId", deliveryId)
                .put("challengeId", challengeId)
                .put("userId", userId)
                .put("channel", "SMS")
                .put("purpose", purpose)
                .put("code", new JsonObject()
                        .put("keyId", box.keyId())
                        .put("nonce", box.nonce())
                        .put("ciphertext", box.ciphertext()));
    }
}
