package dev.practice2fa.walkthrough;

import com.fasterxml.jackson.databind.JsonNode;
import dev.practice2fa.stack.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A practitioner in two practices whose mandated methods conflict: one mandates SMS, the other
 * email. Signing in without naming a practice, either mandated method is accepted, and the
 * answer names only the practices whose rule the verified method satisfies; entering the other
 * practice then needs its own method.
 */
final class TwoPracticesStory {
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    private final Services services;
    private final Narrator narrator;
    private final Mailbox mailbox;
    private final SmsInbox sms;
    private final String north;
    private final String south;
    private final Person grace;
    private final Person cara;
    private final String carasPhone;

    TwoPracticesStory(Endpoints endpoints, Narrator narrator, String run) {
        this.services = new Services(endpoints, LocalStack.tokens());
        this.narrator = narrator;
        this.mailbox = new Mailbox(services.http(), endpoints.mailApi());
        this.sms = new SmsInbox(services.http(), endpoints.smsProvider());
        this.north = "north-" + run;
        this.south = "south-" + run;
        this.grace = Person.of("Grace", "Dr", run);
        this.cara = Person.of("Cara", "Dr", run);
        this.carasPhone = "+61413" + String.format("%06d", Math.floorMod(run.hashCode(), 1_000_000));
    }

    void tell() {
        narrator.step(1, "Two practices mandate different methods for the same practitioner");
        for (String practice : List.of(north, south)) {
            services.registerPractice(practice, practice);
            services.addMember(practice, grace, "FULL_ACCESS");
            services.addMember(practice, cara, "STANDARD");
        }
        services.changeSetting(north, grace, "ENABLED_MANDATORY", "SMS");
        services.changeSetting(south, grace, "ENABLED_MANDATORY", "EMAIL");
        narrator.ok(north + " mandates SMS, " + south + " mandates email");

        narrator.step(2, cara.name() + " signs in without naming a practice and enrols a phone");
        JsonNode decision = Expect.eventually(() -> services.signIn(cara, null),
                answer -> "ENROLMENT_REQUIRED".equals(answer.path("decision").asText())
                        && Set.copyOf(PracticeStory.methods(answer)).equals(Set.of("SMS", "EMAIL")),
                "ENROLMENT_REQUIRED with either mandated method, SMS or EMAIL");
        narrator.ok("either mandated method is accepted: " + PracticeStory.methods(decision));
        String challengeId = decision.path("challengeId").asText();
        JsonNode phone = services.enrolDuringSignIn(cara, challengeId, Map.of("type", "SMS", "phone", carasPhone));
        String code = sms.awaitCode(carasPhone, 1, DELIVERY_TIMEOUT);
        JsonNode confirmed = services.confirmDuringSignIn(cara, phone.path("factorId").asText(), code, challengeId);
        Expect.that(confirmed.path("confirmed").asBoolean(), "the phone to be confirmed: " + confirmed);

        int mailsBefore = mailbox.messages(cara.email()).size();
        JsonNode email = services.enrolFromAccount(cara, Map.of("type", "EMAIL", "email", cara.email()));
        String emailCode = mailbox.awaitCode(cara.email(), mailsBefore, DELIVERY_TIMEOUT);
        JsonNode emailConfirmed = services.confirmFromAccount(cara, email.path("factorId").asText(), emailCode);
        Expect.that(emailConfirmed.path("confirmed").asBoolean(), "the email to be confirmed: " + emailConfirmed);
        narrator.ok("she has a phone and an email address set up");

        narrator.step(3, "An SMS code satisfies only the practice that mandates SMS");
        JsonNode anyPractice = services.signIn(cara, null);
        Expect.field(anyPractice, "decision", "REQUIRED");
        String anyChallenge = anyPractice.path("challengeId").asText();
        services.sendCode(anyChallenge, "SMS");
        JsonNode verified = services.verify(anyChallenge, "SMS", sms.awaitCode(carasPhone, 2, DELIVERY_TIMEOUT))
                .expect(200, "the SMS code").body();
        Expect.that(verified.path("verified").asBoolean(), "the SMS code to be accepted: " + verified);
        List<String> satisfied = PracticeStory.texts(verified.path("satisfiedPractices"));
        Expect.that(satisfied.equals(List.of(north)), "only " + north + " to be satisfied, got " + satisfied);
        narrator.ok("verified; the answer lists only " + north);

        narrator.step(4, "Entering the email practice needs an email code; SMS does not satisfy it");
        JsonNode southSignIn = services.signIn(cara, south);
        Expect.that(PracticeStory.methods(southSignIn).equals(List.of("EMAIL")),
                "only EMAIL allowed for " + south + ": " + southSignIn);
        String southChallenge = southSignIn.path("challengeId").asText();
        Http.Reply bySms = services.verify(southChallenge, "SMS", "123456");
        Expect.that(bySms.status() != 200 || !bySms.body().path("verified").asBoolean(),
                "an SMS code to be refused for " + south + ": " + bySms.body());
        int mailsNow = mailbox.messages(cara.email()).size();
        services.sendCode(southChallenge, "EMAIL");
        JsonNode byEmail = services.verify(southChallenge, "EMAIL",
                        mailbox.awaitCode(cara.email(), mailsNow, DELIVERY_TIMEOUT))
                .expect(200, "the email code").body();
        Expect.that(byEmail.path("verified").asBoolean(), "the email code to be accepted: " + byEmail);
        narrator.ok("SMS is refused there; the email code lets her in");
    }
}
