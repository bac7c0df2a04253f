package dev.practice2fa.challenge.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to {@code POST /sign-in/two-factor}.
 *
 * @param decision what the front end must do
 * @param methods the allowed methods, preferred first
 * @param challengeId the challenge to verify, or to enrol under
 * @param verifyWith for {@code ENROLMENT_REQUIRED} of a user who has factors the practices no
 *     longer accept: the user's methods, one of which must verify the challenge before set-up
 */
public record SignInAnswer(Decision decision, List<Method> methods, String challengeId,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Method> verifyWith) {
}
