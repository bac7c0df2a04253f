package dev.practice2fa.policy.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description as a whole; every operation needs a bearer token. */
@OpenAPIDefinition(
        info = @Info(title = "Practice two-factor policy API", version = "1",
                description = "Practices, their members, and each practice's two-factor "
                        + "authentication setting with its audit history. Errors are RFC 9457 "
                        + "problem documents (application/problem+json) with a stable type."),
        tags = {
            @Tag(name = "Two-factor settings", description = "A practice's two-factor setting, "
                    + "read by its members and changed by its full-access members."),
            @Tag(name = "Practices", description = "Practices as the platform registers them."),
            @Tag(name = "Members",
                    description = "Practice memberships as the platform manages them.")
        },
        security = @SecurityRequirement(name = PolicyApi.BEARER))
@SecurityScheme(securitySchemeName = PolicyApi.BEARER, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT",
        description = "An RS256 token: a user token (sub is the user id) for members, or the "
                + "platform's token with scope practices:admin.")
public class PolicyApi extends Application {
    /** The name of the one security scheme. */
    public static final String BEARER = "bearer";
}
