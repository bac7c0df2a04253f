package dev.practice2fa.notification.sms.twilio;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The one call of Twilio's Messages API we make: create (send) a message. */
@Path("/2010-04-01/Accounts/{accountSid}/Messages.json")
public interface TwilioMessagesApi {
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<TwilioMessage> create(@PathParam("accountSid") String accountSid,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("To") String to,
            @FormParam("From") String from,
            @FormParam("Body") String body);

    /** The part of Twilio's answer we keep: its id for the message, and its state. */
    record TwilioMessage(String sid, String status) {
    }
}
