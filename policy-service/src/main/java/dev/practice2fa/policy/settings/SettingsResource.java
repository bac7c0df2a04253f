package dev.practice2fa.policy.settings;

import dev.practice2fa.policy.access.Caller;
import dev.practice2fa.policy.config.PolicyConfig;
import dev.practice2fa.policy.input.Ids;
import dev.practice2fa.policy.outbox.OutboxRelay;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Members read their practice's two-factor setting here; full-access members change it and read
 * its history. Whoever is not an active member of the practice, or asks about a practice that
 * does not exist, gets the same 403.
 */
@Path("/practices/{practiceId}/two-factor-settings")
@Tag(name = "Two-factor settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    /** 1 to 100. Query parameters are read as text so that a malformed one is a 400, not a 404. */
    private static final String PAGE_SIZE = "^(100|[1-9][0-9]?)$";

    /** A positive whole number that fits a long. */
    private static final String VERSION = "^[1-9][0-9]{0,17}$";

    private final SettingsService settings;
    private final Caller caller;
    private final OutboxRelay relay;
    private final PolicyConfig config;

    SettingsResource(SettingsService settings, Caller caller, OutboxRelay relay,
            PolicyConfig config) {
        this.settings = settings;
        this.caller = caller;
        this.relay = relay;
        this.config = config;
    }

    @GET
    @Operation(operationId = "getTwoFactorSettings",
            summary = "Read the practice's two-factor setting",
            description = "The current mode and method preference with the practice's version, "
                    + "also given as the ETag to send back as If-Match with a change. A practice "
                    + "nobody has configured reads as DISABLED with OPTIONAL. Any active member "
                    + "of the practice, with a user token.")
    @APIResponse(responseCode = "200", description = "The current setting.",
            headers = @Header(name = HttpHeaders.ETAG,
                    description = "The version, as a strong ETag.",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "400", description = "The practice id is not valid.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.")
    @APIResponse(responseCode = "403",
            description = "The caller is not an active member of this practice.")
    public Uni<RestResponse<SettingsView>> read(
            @Parameter(description = "The practice's id.", example = "p-1")
            @PathParam("practiceId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String practiceId) {
        return settings.current(practiceId, caller.userId())
                .map(SettingsResource::withEtag);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTwoFactorSettings",
            summary = "Change the practice's two-factor setting",
            description = "Sets the mode and method preference together. The change must name "
                    + "the version it is based on (If-Match or version); if the practice changed "
                    + "since, nothing is written and the answer is 409. Each change is kept in "
                    + "the history and published on practice-two-factor-settings; a change to "
                    + "ENABLED_MANDATORY makes the notification service tell every member. "
                    + "Sending the current setting changes nothing. Active full-access members "
                    + "only, with a user token.")
    @APIResponse(responseCode = "200", description = "The setting as it now is.",
            headers = @Header(name = HttpHeaders.ETAG,
                    description = "The new version, as a strong ETag.",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "400", description = "The practice id, the body or If-Match is "
            + "not valid, or If-Match and version disagree.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.")
    @APIResponse(responseCode = "403",
            description = "The caller is not an active full-access member of this practice.")
    @APIResponse(responseCode = "409", description = "The setting changed since the version the "
            + "change is based on; read it again.")
    @APIResponse(responseCode = "413", description = "The body is too large.")
    @APIResponse(responseCode = "415", description = "The body is not JSON.")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor version was sent.")
    public Uni<RestResponse<SettingsView>> change(
            @Parameter(description = "The practice's id.", example = "p-1")
            @PathParam("practiceId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String practiceId,
            @Parameter(description = "The ETag of the setting the change is based on.",
                    example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull SettingsChange change) {
        return settings.change(practiceId, caller.userId(), change,
                        ExpectedVersion.of(ifMatch, change.version()))
                .invoke(relay::nudge)
                .map(SettingsResource::withEtag);
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getTwoFactorSettingsHistory",
            summary = "Read the setting's audit history",
            description = "Every change of the practice's setting, newest first: who made it, "
                    + "when, and the setting before and after. Active full-access members only, "
                    + "with a user token.")
    @APIResponse(responseCode = "200", description = "A page of changes, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SettingsHistory.class)))
    @APIResponse(responseCode = "400",
            description = "The practice id, limit or before is not valid.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.")
    @APIResponse(responseCode = "403",
            description = "The caller is not an active full-access member of this practice.")
    public Uni<SettingsHistory> history(
            @Parameter(description = "The practice's id.", example = "p-1")
            @PathParam("practiceId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String practiceId,
            @Parameter(description = "How many changes to return, 1 to 100; 20 when left out.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit")
            @Pattern(regexp = PAGE_SIZE, message = "must be a whole number from 1 to 100")
            String limit,
            @Parameter(description = "Only changes older than this version, for the next page.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @QueryParam("before")
            @Pattern(regexp = VERSION, message = "must be a version number")
            String before) {
        return settings.history(practiceId, caller.userId(),
                before == null ? Long.MAX_VALUE : Long.parseLong(before),
                limit == null ? config.historyPageSize() : Integer.parseInt(limit));
    }

    private static RestResponse<SettingsView> withEtag(SettingsView view) {
        return RestResponse.ResponseBuilder.ok(view)
                .header(HttpHeaders.ETAG, ExpectedVersion.etag(view.version()))
                .build();
    }
}
