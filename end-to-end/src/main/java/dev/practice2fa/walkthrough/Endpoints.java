package dev.practice2fa.walkthrough;

import dev.practice2fa.stack.LocalStack;

/** Where the running system answers: the services and the stack's mail and SMS stand-ins. */
public record Endpoints(String policy, String challenge, String mailApi, String smsProvider) {
    /** The addresses {@code bin/run} uses, each overridable through the environment. */
    public static Endpoints fromEnvironment() {
        return new Endpoints(
                env("POLICY_SERVICE_URL", "http://127.0.0.1:8081"),
                env("CHALLENGE_SERVICE_URL", "http://127.0.0.1:8082"),
                LocalStack.mailApiUrl(),
                LocalStack.smsProviderUrl());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
