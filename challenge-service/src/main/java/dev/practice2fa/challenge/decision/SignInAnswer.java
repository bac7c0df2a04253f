package dev.practice2fa.challenge.decision;

import java.util.List;

/**
 * The answer to {@code POST /sign-in/two-factor}.
 *
 * @param decision what the front end must do
 * @param methods the allowed methods, preferred first
 * @param challengeId the challenge to verify, or to enrol under
 */
public record SignInAnswer(Decision decision, List<Method> methods, String challengeId) {
}
