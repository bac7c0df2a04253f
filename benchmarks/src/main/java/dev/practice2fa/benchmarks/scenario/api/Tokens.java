package dev.practice2fa.benchmarks.scenario.api;

import dev.practice2fa.stack.TokenMinter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens signed with the local stack's key pair, each minted once: signing is an RSA
 * operation, and minting inside a measured operation would count the harness's work as the
 * service's.
 */
public final class Tokens {
    private final TokenMinter minter;
    private final String signIn;
    private final String platform;
    private final Map<String, String> users = new ConcurrentHashMap<>();

    public Tokens(TokenMinter minter) {
        this.minter = minter;
        this.signIn = minter.signIn();
        this.platform = minter.platform();
    }

    /** The sign-in front end's token (scope two-factor:sign-in). */
    public String signIn() {
        return signIn;
    }

    /** The platform's token (scope practices:admin). */
    public String platform() {
        return platform;
    }

    /** A signed-in user's token. */
    public String user(String userId) {
        return users.computeIfAbsent(userId, minter::user);
    }
}
