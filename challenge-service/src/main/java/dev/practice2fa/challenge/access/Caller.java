package dev.practice2fa.challenge.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: a signed-in user (a token without scope) or the sign-in front end. */
@RequestScoped
public class Caller {
    /** The scope, mapped to a role, of the sign-in front end's service token. */
    public static final String SIGN_IN = "two-factor:sign-in";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Whether the caller is the user {@code userId} with their own token. */
    public boolean isUser(String userId) {
        return token.getClaim("scope") == null && userId != null && userId.equals(token.getSubject());
    }

    public boolean isSignInFrontEnd() {
        return identity.hasRole(SIGN_IN);
    }
}
