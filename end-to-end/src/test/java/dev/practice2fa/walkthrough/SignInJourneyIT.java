package dev.practice2fa.walkthrough;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product as its users meet it: the three packaged services run as separate processes
 * against the real Kafka, PostgreSQL, Redis, SMTP server and SMS stand-in, and the stories are
 * told through their public APIs only, with an independent authenticator (zbarimg, oathtool).
 */
class SignInJourneyIT {
    private static RunningServices services;

    @BeforeAll
    static void startServices() throws Exception {
        services = RunningServices.start();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void walksAPracticeThroughMandatoryTwoFactorSignIn() {
        Narrator narrator = new Narrator(System.out);
        PracticeStory story = new PracticeStory(services.endpoints(), narrator, Walkthrough.newRunId());

        assertThatCode(story::tell).doesNotThrowAnyException();
    }

    @Test
    void aMethodSatisfiesOnlyThePracticesThatMandateIt() {
        Narrator narrator = new Narrator(System.out);
        TwoPracticesStory story = new TwoPracticesStory(services.endpoints(), narrator, Walkthrough.newRunId());

        assertThatCode(story::tell).doesNotThrowAnyException();
    }
}
