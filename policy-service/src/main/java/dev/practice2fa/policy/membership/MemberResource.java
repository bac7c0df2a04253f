package dev.practice2fa.policy.membership;

import dev.practice2fa.policy.access.Scopes;
import dev.practice2fa.policy.input.Ids;
import dev.practice2fa.policy.outbox.OutboxRelay;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The platform adds, changes and removes a practice's members here. */
@Path("/practices/{practiceId}/members/{userId}")
@Tag(name = "Members")
@RolesAllowed(Scopes.PRACTICES_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final MembershipService memberships;
    private final OutboxRelay relay;

    MemberResource(MembershipService memberships, OutboxRelay relay) {
        this.memberships = memberships;
        this.relay = relay;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putMember", summary = "Add or change a member",
            description = "Adds the user to the practice, changes their role or account details, "
                    + "or adds a removed member again. Each change raises the membership's version "
                    + "and publishes an event on practice-memberships; repeating a request changes "
                    + "nothing. Platform token (scope practices:admin) only.")
    @APIResponse(responseCode = "201", description = "The user is now a member.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "200",
            description = "The membership existed; it now reads as this.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "An id or the body is not valid.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.")
    @APIResponse(responseCode = "403", description = "The token is not the platform's.")
    @APIResponse(responseCode = "404", description = "The practice is not registered "
            + "(type urn:practice2fa:problem:practice-not-found).")
    @APIResponse(responseCode = "413", description = "The body is too large.")
    @APIResponse(responseCode = "415", description = "The body is not JSON.")
    public Uni<RestResponse<MemberView>> put(
            @Parameter(description = "The practice's id.", example = "p-1")
            @PathParam("practiceId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String practiceId,
            @Parameter(description = "The member's user id.", example = "u-2")
            @PathParam("userId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String userId,
            @Valid @NotNull MembershipChange change) {
        return memberships.put(practiceId, userId, change)
                .invoke(relay::nudge)
                .map(outcome -> outcome.created()
                        ? RestResponse.status(RestResponse.Status.CREATED, outcome.member())
                        : RestResponse.ok(outcome.member()));
    }

    @DELETE
    @Operation(operationId = "removeMember", summary = "Remove a member",
            description = "Ends the user's membership: they no longer read or change the "
                    + "practice's setting. Publishes an event on practice-memberships with "
                    + "active false and a new version; removing a removed member changes "
                    + "nothing. Platform token (scope practices:admin) only.")
    @APIResponse(responseCode = "204", description = "The user is no longer a member.")
    @APIResponse(responseCode = "400", description = "An id is not valid.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.")
    @APIResponse(responseCode = "403", description = "The token is not the platform's.")
    @APIResponse(responseCode = "404", description = "The practice is not registered "
            + "(practice-not-found), or the user has never been its member (member-not-found).")
    public Uni<RestResponse<Void>> remove(
            @Parameter(description = "The practice's id.", example = "p-1")
            @PathParam("practiceId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String practiceId,
            @Parameter(description = "The member's user id.", example = "u-2")
            @PathParam("userId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String userId) {
        return memberships.remove(practiceId, userId)
                .invoke(relay::nudge)
                .map(removed -> RestResponse.noContent());
    }
}
