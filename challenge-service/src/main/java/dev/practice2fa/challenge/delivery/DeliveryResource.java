package dev.practice2fa.challenge.delivery;

import dev.practice2fa.challenge.access.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The sign-in front end sends codes for a challenge and sees whether they arrived. */
@Path("/challenges/{challengeId}")
@RolesAllowed(Caller.SIGN_IN)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {
    private final DeliveryService deliveries;

    public DeliveryResource(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @POST
    @Path("/deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<CodeDelivery> send(@PathParam("challengeId") String challengeId, DeliveryRequest request) {
        return deliveries.send(challengeId, request);
    }

    @GET
    public Uni<ChallengeView> view(@PathParam("challengeId") String challengeId) {
        return deliveries.view(challengeId);
    }
}
