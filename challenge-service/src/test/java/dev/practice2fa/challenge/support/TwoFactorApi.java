package dev.practice2fa.challenge.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.practice2fa.challenge.otp.Base32;
import dev.practice2fa.challenge.otp.HmacOtp;
import dev.practice2fa.common.crypto.KeyRing;
import dev.practice2fa.common.crypto.SealedBox;
import dev.practice2fa.stack.LocalStack;
import dev.practice2fa.stack.TokenMinter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/** The REST and Kafka steps tests share: sign-in decisions, enrolment, reading delivered codes. */
public final class TwoFactorApi {
    /** The local-only code transport key the notification service opens codes with. */
    public static final KeyRing CODE_TRANSPORT = new KeyRing(
            Map.of("local-1", "QZEow18GUNo+q3fdU1QVaaOoGQrWDwYZtvw6RgbrTIM="), "local-1");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TokenMinter TOKENS = LocalStack.tokens();
    private static final String SIGN_IN_TOKEN = TOKENS.signIn();
    /** Opened before the first request so that no event of a test is missed. */
    private static final TopicTap DELIVERIES = TopicTap.of("otp-deliveries");
    private static final TopicTap SECURITY_EVENTS = TopicTap.of("two-factor-security-events");

    private TwoFactorApi() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    public static String signInToken() {
        return SIGN_IN_TOKEN;
    }

    public static String userToken(String userId) {
        return TOKENS.user(userId);
    }

    /** An Australian mobile number, written locally, that no other test uses. */
    public static String localMobile() {
        // 0412 and 0422 are long-allocated mobile ranges, so every number drawn here is valid.
        return String.format("04%s2 %03d %03d", RANDOM.nextBoolean() ? "1" : "2", RANDOM.nextInt(1000),
                RANDOM.nextInt(1000));
    }

    public static JsonPath decide(String userId, String practiceId) {
        return askForDecision(userId, practiceId)
                .statusCode(200)
                .extract().jsonPath();
    }

    /** Asks, as the sign-in front end, whether the user needs a second step; the caller checks the answer. */
    public static ValidatableResponse askForDecision(String userId, String practiceId) {
        Map<String, String> body = practiceId == null
                ? Map.of("userId", userId) : Map.of("userId", userId, "practiceId", practiceId);
        return given()
                    .auth().oauth2(SIGN_IN_TOKEN)
                    .contentType(ContentType.JSON)
                    .body(body)
                .when()
                    .post("/sign-in/two-factor")
                .then();
    }

    /** Asks for a code for the challenge and returns the code as the notification service would see it. */
    public static String sendCode(String challengeId, String method) {
        String deliveryId = given()
                    .auth().oauth2(SIGN_IN_TOKEN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("method", method))
                .when()
                    .post("/challenges/{id}/deliveries", challengeId)
                .then()
                    .statusCode(202)
                    .extract().path("deliveryId");
        return deliveredCode(deliveryId);
    }

    /** Opens the code of the {@code otp-deliveries} event of a delivery with the test key. */
    public static String deliveredCode(String deliveryId) {
        JsonNode event = delivery(deliveryId);
        JsonNode code = event.get("code");
        byte[] opened = CODE_TRANSPORT.open(new SealedBox(code.get("keyId").asText(), code.get("nonce").asText(),
                code.get("ciphertext").asText()), deliveryId);
        return new String(opened, StandardCharsets.US_ASCII);
    }

    public static JsonNode delivery(String deliveryId) {
        return DELIVERIES
                .await(record -> deliveryId.equals(record.value().path("deliveryId").asText()))
                .value();
    }

    /** The Kafka key of a delivery's event. */
    public static String deliveryKey(String deliveryId) {
        return DELIVERIES
                .await(record -> deliveryId.equals(record.value().path("deliveryId").asText()))
                .key();
    }

    public static TopicTap securityEvents() {
        return SECURITY_EVENTS;
    }

    public static JsonPath verify(String challengeId, String method, String code, int status) {
        return submitCode(challengeId, method, code)
                .statusCode(status)
                .extract().jsonPath();
    }

    /** Reads the challenge as the sign-in front end; the caller checks the answer. */
    public static ValidatableResponse readChallenge(String challengeId) {
        return given()
                    .auth().oauth2(SIGN_IN_TOKEN)
                .when()
                    .get("/challenges/{id}", challengeId)
                .then();
    }

    /** Submits a code for the challenge as the sign-in front end; the caller checks the answer. */
    public static ValidatableResponse submitCode(String challengeId, String method, String code) {
        return given()
                    .auth().oauth2(SIGN_IN_TOKEN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("method", method, "code", code))
                .when()
                    .post("/challenges/{id}/verification", challengeId)
                .then();
    }

    /** Enrols and confirms an SMS factor with the user's own token; returns the factor id. */
    public static String enrolSms(String userId, String phone) {
        return enrolByCode(userId, Map.of("type", "SMS", "phone", phone));
    }

    /** Enrols and confirms an email factor with the user's own token; returns the factor id. */
    public static String enrolEmail(String userId, String email) {
        return enrolByCode(userId, Map.of("type", "EMAIL", "email", email));
    }

    private static String enrolByCode(String userId, Map<String, String> body) {
        JsonPath started = startEnrolment(userToken(userId), userId, body);
        String factorId = started.getString("factorId");
        confirm(userId, factorId, deliveredCode(started.getString("deliveryId")));
        return factorId;
    }

    /** Starts enrolling a factor with {@code token} and expects it to be pending; returns the answer. */
    public static JsonPath startEnrolment(String token, String userId, Map<String, String> body) {
        return requestFactor(token, userId, body)
                .statusCode(201)
                .extract().jsonPath();
    }

    /** Asks to enrol a factor for the user with {@code token}; the caller checks the answer. */
    public static ValidatableResponse requestFactor(String token, String userId, Map<String, String> body) {
        return given()
                    .auth().oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                .when()
                    .post("/users/{userId}/factors", userId)
                .then();
    }

    public static JsonPath confirm(String userId, String factorId, String code) {
        return sendConfirmation(userToken(userId), userId, factorId, Map.of("code", code))
                .statusCode(200)
                .extract().jsonPath();
    }

    /** Sends a confirmation of a pending factor with {@code token}; the caller checks the answer. */
    public static ValidatableResponse sendConfirmation(String token, String userId, String factorId,
            Map<String, String> body) {
        return given()
                    .auth().oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                .when()
                    .post("/users/{userId}/factors/{factorId}/confirmation", userId, factorId)
                .then();
    }

    /** Enrols and confirms an authenticator at the clock's {@code now}; returns the secret a phone would hold. */
    public static byte[] enrolAuthenticator(String userId, Instant now) throws Exception {
        JsonPath started = startEnrolment(userToken(userId), userId, Map.of("type", "AUTHENTICATOR"));
        byte[] secret = secretFromQrCode(started.getString("qrCode"));
        confirm(userId, started.getString("factorId"), appCode(secret, now));
        return secret;
    }

    /** Reads the secret back from an enrolment's QR code, as a phone would. */
    public static byte[] secretFromQrCode(String qrDataUri) throws Exception {
        String query = URI.create(textOfQrCode(qrDataUri)).getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("secret=")) {
                return Base32.decode(pair.substring("secret=".length()));
            }
        }
        throw new IllegalStateException("The QR code holds no secret");
    }

    /**
     * The text of a QR code image. The image is a clean rendering, not a photograph, so it is read as
     * a pure barcode: ZXing's finder-pattern search, made for photographs, misses about one clean
     * code in forty that other readers take.
     */
    public static String textOfQrCode(String qrDataUri) throws Exception {
        String base64 = qrDataUri.substring(qrDataUri.indexOf(',') + 1);
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    /** The code an authenticator app shows for the secret at an instant. */
    public static String appCode(byte[] secret, Instant at) {
        return HmacOtp.generate(secret, Math.floorDiv(at.getEpochSecond(), 30), 6);
    }
}
