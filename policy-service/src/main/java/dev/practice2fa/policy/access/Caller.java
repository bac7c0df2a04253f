package dev.practice2fa.policy.access;

import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the bearer token of the current request says. */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * The id of the signed-in user. A service token is refused even when its subject happens to
     * match a member's user id: a service acts for no member.
     */
    public String userId() {
        if (identity.hasRole(Scopes.PRACTICES_ADMIN) || identity.hasRole(Scopes.SIGN_IN)
                || token.getSubject() == null) {
            throw new ApiProblemException(ProblemKind.FORBIDDEN,
                    "Only a member of the practice, with a user token, may do this.");
        }
        return token.getSubject();
    }
}
