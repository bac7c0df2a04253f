package dev.practice2fa.walkthrough;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The main job, told end to end: a practice makes two-factor authentication mandatory with an
 * authenticator app, its practitioners enrol and sign in, the practice relaxes the rule to
 * optional SMS, and a practitioner who lost their phone gets in with a recovery code.
 */
public final class PracticeStory {
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    private final Services services;
    private final Narrator narrator;
    private final Mailbox mailbox;
    private final SmsInbox sms;
    private final PhoneApp anasPhone;
    private final String practiceId;
    private final Person grace;
    private final Person ana;
    private final Person ben;
    private final String bensPhone;
    private List<String> anasRecoveryCodes = List.of();

    public PracticeStory(Endpoints endpoints, Narrator narrator, String run) {
        this.services = new Services(endpoints, dev.practice2fa.stack.LocalStack.tokens());
        this.narrator = narrator;
        this.mailbox = new Mailbox(services.http(), endpoints.mailApi());
        this.sms = new SmsInbox(services.http(), endpoints.smsProvider());
        this.anasPhone = new PhoneApp(narrator);
        this.practiceId = "harbour-" + run;
        this.grace = Person.of("Grace", "Dr", run);
        this.ana = Person.of("Ana", "Dr", run);
        this.ben = Person.of("Ben", "Dr", run);
        // An Australian mobile number in an assigned range (04 12), unique to this run.
        this.bensPhone = "+61412" + String.format("%06d", Math.floorMod(run.hashCode(), 1_000_000));
    }

    public void tell() {
        registerPractice();
        makeAuthenticatorMandatory();
        enrolAnAuthenticatorAtSignIn();
        signInWithTheAuthenticator();
        relaxToOptionalSmsAndEnrolPhoneAndEmail();
        signInWithARecoveryCode();
    }

    private void registerPractice() {
        narrator.step(1, "The platform registers a practice with one administrator and two practitioners");
        services.registerPractice(practiceId, "Harbour Family Clinic");
        services.addMember(practiceId, grace, "FULL_ACCESS");
        services.addMember(practiceId, ana, "STANDARD");
        services.addMember(practiceId, ben, "STANDARD");
        narrator.ok("Harbour Family Clinic (" + practiceId + ") registered");
        narrator.ok(grace.name() + " has full access; " + ana.name() + " and " + ben.name() + " are practitioners");
    }

    private void makeAuthenticatorMandatory() {
        narrator.step(2, grace.name() + " makes two-factor authentication mandatory, with an authenticator app");
        JsonNode setting = services.changeSetting(practiceId, grace, "ENABLED_MANDATORY", "AUTHENTICATOR");
        narrator.ok("setting saved: ENABLED_MANDATORY with AUTHENTICATOR, version " + setting.path("version"));
        for (Person practitioner : List.of(ana, ben)) {
            Mailbox.Mail notice = mailbox.awaitMessage(practitioner.email(), 1, DELIVERY_TIMEOUT);
            narrator.ok(practitioner.name() + " received the notice email \"" + notice.subject() + "\"");
        }
    }

    private void enrolAnAuthenticatorAtSignIn() {
        narrator.step(3, ana.name() + " signs in and must set up an authenticator app first");
        JsonNode decision = Expect.eventually(() -> services.signIn(ana, practiceId),
                answer -> "ENROLMENT_REQUIRED".equals(answer.path("decision").asText())
                        && methods(answer).equals(List.of("AUTHENTICATOR")),
                "ENROLMENT_REQUIRED with only AUTHENTICATOR allowed");
        narrator.ok("decision: ENROLMENT_REQUIRED, allowed methods " + methods(decision));

        String challengeId = decision.path("challengeId").asText();
        JsonNode enrolment = services.enrolDuringSignIn(ana, challengeId, Map.of("type", "AUTHENTICATOR"));
        String uri = anasPhone.scan(enrolment.path("qrCode").asText());
        Expect.that(uri.startsWith("otpauth://totp/"), "an otpauth:// URI in the QR code, got " + uri);
        narrator.ok("her phone scanned the QR code (zbarimg): " + uri.replaceAll("secret=[^&]+", "secret=…"));

        String code = anasPhone.freshCode();
        JsonNode confirmation = services.confirmDuringSignIn(ana, enrolment.path("factorId").asText(), code,
                challengeId);
        Expect.that(confirmation.path("confirmed").asBoolean(), "the first code to confirm the app: " + confirmation);
        narrator.ok("the app's first code (oathtool) confirmed it; the sign-in challenge is complete");

        anasRecoveryCodes = texts(confirmation.path("recoveryCodes"));
        Expect.that(anasRecoveryCodes.size() == 10, "ten recovery codes, got " + anasRecoveryCodes.size());
        narrator.ok("she received 10 recovery codes to keep somewhere safe");
    }

    private void signInWithTheAuthenticator() {
        narrator.step(4, ana.name() + " signs in again, with her authenticator app");
        JsonNode decision = services.signIn(ana, practiceId);
        Expect.field(decision, "decision", "REQUIRED");
        String challengeId = decision.path("challengeId").asText();
        narrator.ok("decision: REQUIRED, allowed methods " + methods(decision));

        String rightCode = anasPhone.freshCode();
        JsonNode wrong = services.verify(challengeId, "AUTHENTICATOR", wrongCode(rightCode)).expect(200, "a wrong code")
                .body();
        Expect.that(!wrong.path("verified").asBoolean(), "a wrong code to be refused: " + wrong);
        narrator.ok("a mistyped code is refused, " + wrong.path("attemptsLeft") + " attempts left");

        JsonNode right = services.verify(challengeId, "AUTHENTICATOR", rightCode).expect(200, "the right code").body();
        Expect.that(right.path("verified").asBoolean(), "the right code to be accepted: " + right);
        narrator.ok("the app's current code is accepted: signed in");

        String replayChallenge = services.signIn(ana, practiceId).path("challengeId").asText();
        JsonNode replay = services.verify(replayChallenge, "AUTHENTICATOR", anasPhone.lastCode())
                .expect(200, "a replayed code").body();
        Expect.that(!replay.path("verified").asBoolean(), "the same code replayed to be refused: " + replay);
        narrator.ok("the same code, replayed on a new sign-in, is refused");
    }

    private void relaxToOptionalSmsAndEnrolPhoneAndEmail() {
        narrator.step(5, grace.name() + " makes two-factor optional with SMS; " + ben.name()
                + " sets up his phone, then his email");
        services.changeSetting(practiceId, grace, "ENABLED_OPTIONAL", "SMS");
        JsonNode decision = Expect.eventually(() -> services.signIn(ben, practiceId),
                answer -> "OPTIONAL".equals(answer.path("decision").asText())
                        && methods(answer).stream().findFirst().orElse("").equals("SMS"),
                "OPTIONAL with SMS offered first");
        narrator.ok("decision for " + ben.name() + ": OPTIONAL, offered " + methods(decision));

        String challengeId = decision.path("challengeId").asText();
        JsonNode phone = services.enrolDuringSignIn(ben, challengeId, Map.of("type", "SMS", "phone", bensPhone));
        String smsCode = sms.awaitCode(bensPhone, 1, DELIVERY_TIMEOUT);
        narrator.ok("a code reached his phone " + phone.path("destination").asText() + " through the SMS gateway");
        expectConfirmed(services.confirmDuringSignIn(ben, phone.path("factorId").asText(), smsCode, challengeId));
        narrator.ok("his phone is confirmed");

        JsonNode smsSignIn = services.signIn(ben, practiceId);
        Expect.field(smsSignIn, "decision", "REQUIRED");
        services.sendCode(smsSignIn.path("challengeId").asText(), "SMS");
        String signInCode = sms.awaitCode(bensPhone, 2, DELIVERY_TIMEOUT);
        expectVerified(services.verify(smsSignIn.path("challengeId").asText(), "SMS", signInCode));
        narrator.ok("he signs in with the code texted to him");

        int mailsBefore = mailbox.messages(ben.email()).size();
        JsonNode email = services.enrolFromAccount(ben, Map.of("type", "EMAIL", "email", ben.email()));
        String emailCode = mailbox.awaitCode(ben.email(), mailsBefore, DELIVERY_TIMEOUT);
        expectConfirmed(services.confirmFromAccount(ben, email.path("factorId").asText(), emailCode));
        narrator.ok("from his account settings he adds his email address, proven by a code sent there");

        JsonNode emailSignIn = services.signIn(ben, practiceId);
        int mailsNow = mailbox.messages(ben.email()).size();
        services.sendCode(emailSignIn.path("challengeId").asText(), "EMAIL");
        String code = mailbox.awaitCode(ben.email(), mailsNow, DELIVERY_TIMEOUT);
        expectVerified(services.verify(emailSignIn.path("challengeId").asText(), "EMAIL", code));
        narrator.ok("he signs in with a code from his inbox");
    }

    private void signInWithARecoveryCode() {
        narrator.step(6, ana.name() + " lost her phone and signs in with a recovery code");
        String recoveryCode = anasRecoveryCodes.get(0);
        JsonNode decision = services.signIn(ana, practiceId);
        expectVerified(services.verifyRecoveryCode(decision.path("challengeId").asText(), recoveryCode));
        narrator.ok("a recovery code lets her in");

        JsonNode again = services.signIn(ana, practiceId);
        JsonNode reused = services.verifyRecoveryCode(again.path("challengeId").asText(), recoveryCode)
                .expect(200, "a used recovery code").body();
        Expect.that(!reused.path("verified").asBoolean(), "a used recovery code to be refused: " + reused);
        narrator.ok("the same recovery code no longer works");
    }

    private static void expectConfirmed(JsonNode confirmation) {
        Expect.that(confirmation.path("confirmed").asBoolean(), "the factor to be confirmed: " + confirmation);
    }

    private static void expectVerified(Http.Reply reply) {
        JsonNode body = reply.expect(200, "a verification").body();
        Expect.that(body.path("verified").asBoolean(), "the code to be accepted: " + body);
    }

    private static String wrongCode(String rightCode) {
        int wrong = (Integer.parseInt(rightCode) + 1) % 1_000_000;
        return String.format("%06d", wrong);
    }

    static List<String> methods(JsonNode decision) {
        return texts(decision.path("methods"));
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
