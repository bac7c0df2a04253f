package dev.practice2fa.policy.support;

import dev.practice2fa.stack.LocalStack;
import dev.practice2fa.stack.TokenMinter;

/** Bearer tokens signed with the local stack's key pair. */
public final class Tokens {
    private static final TokenMinter MINTER = LocalStack.tokens();

    private Tokens() {
    }

    public static String user(String userId) {
        return MINTER.user(userId);
    }

    public static String platform() {
        return MINTER.platform();
    }

    public static String signIn() {
        return MINTER.signIn();
    }
}
