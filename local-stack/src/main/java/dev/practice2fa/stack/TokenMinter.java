package dev.practice2fa.stack;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Mints RS256 bearer tokens for the local key pair, shaped as the platform's identity
 * provider shapes them: a user token names the user in {@code sub}; the sign-in front end
 * and the platform carry their grant in {@code scope}.
 */
public final class TokenMinter {
    /** The issuer the services expect unless configured otherwise. */
    public static final String LOCAL_ISSUER = "https://identity.practice2fa.local";
    public static final String SIGN_IN_SCOPE = "two-factor:sign-in";
    public static final String PLATFORM_SCOPE = "practices:admin";

    private final PrivateKey signingKey;
    private final String issuer;
    private final Duration lifetime;

    public TokenMinter(PrivateKey signingKey, String issuer, Duration lifetime) {
        this.signingKey = signingKey;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    /** Reads the key pair of the stack whose state lives in {@code stackFolder}. */
    public static TokenMinter forStack(Path stackFolder) {
        try {
            PrivateKey key = new LocalKeyPair(stackFolder.resolve("keys")).privateKey();
            return new TokenMinter(key, LOCAL_ISSUER, Duration.ofHours(8));
        } catch (Exception e) {
            throw new IllegalStateException("The local stack's key pair cannot be read; run 'bin/stack up' first", e);
        }
    }

    /** A token of a signed-in user, as the platform issues after the password step. */
    public String user(String userId) {
        return sign(claims(userId));
    }

    /** A token of the sign-in front end, allowed to ask for and drive sign-in challenges. */
    public String signIn() {
        JwtClaims claims = claims("sign-in-front-end");
        claims.setClaim("scope", SIGN_IN_SCOPE);
        return sign(claims);
    }

    /** A token of the platform, allowed to register practices and manage their members. */
    public String platform() {
        JwtClaims claims = claims("practice-platform");
        claims.setClaim("scope", PLATFORM_SCOPE);
        return sign(claims);
    }

    private JwtClaims claims(String subject) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        return claims;
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(signingKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("The token could not be signed", e);
        }
    }

    /**
     * Command line: {@code TokenMinter STACK_FOLDER user USER_ID | sign-in | platform} prints
     * one token.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: token user USER_ID | token sign-in | token platform");
        }
        TokenMinter minter = forStack(Path.of(args[0]));
        String token = switch (args[1]) {
            case "user" -> {
                if (args.length < 3) {
                    throw new IllegalArgumentException("usage: token user USER_ID");
                }
                yield minter.user(args[2]);
            }
            case "sign-in" -> minter.signIn();
            case "platform" -> minter.platform();
            default -> throw new IllegalArgumentException("unknown kind of token: " + args[1]);
        };
        System.out.println(token);
    }
}
