package dev.practice2fa.policy.practice;

import dev.practice2fa.policy.access.Scopes;
import dev.practice2fa.policy.input.Ids;
import dev.practice2fa.policy.outbox.OutboxRelay;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The platform registers and renames practices here. */
@Path("/practices/{practiceId}")
@Tag(name = "Practices")
@RolesAllowed(Scopes.PRACTICES_ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {
    private final PracticeService practices;
    private final OutboxRelay relay;

    PracticeResource(PracticeService practices, OutboxRelay relay) {
        this.practices = practices;
        this.relay = relay;
    }

    @PUT
    @Operation(operationId = "registerPractice", summary = "Register or rename a practice",
            description = "Registers the practice with the default two-factor setting (DISABLED, "
                    + "OPTIONAL) or changes its name and locale. Each change raises the "
                    + "practice's version and publishes an event on practice-two-factor-settings; "
                    + "repeating a request changes nothing. Platform token (scope practices:admin) "
                    + "only.")
    @APIResponse(responseCode = "201", description = "The practice was registered.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "200",
            description = "The practice existed; it now has this name and locale.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "400", description = "The id or the body is not valid.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.")
    @APIResponse(responseCode = "403", description = "The token is not the platform's.")
    @APIResponse(responseCode = "413", description = "The body is too large.")
    @APIResponse(responseCode = "415", description = "The body is not JSON.")
    public Uni<RestResponse<PracticeView>> register(
            @Parameter(description = "The practice's id.", example = "p-1")
            @PathParam("practiceId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String practiceId,
            @Valid @NotNull PracticeRegistration registration) {
        return practices.register(practiceId, registration)
                .invoke(relay::nudge)
                .map(outcome -> outcome.created()
                        ? RestResponse.status(RestResponse.Status.CREATED, outcome.practice())
                        : RestResponse.ok(outcome.practice()));
    }
}
