package dev.practice2fa.walkthrough;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text messages that reached the SMS provider stand-in, as the phone they were sent to
 * would show them. The stand-in records every request it was asked to send.
 */
final class SmsInbox {
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    private final Http http;
    private final String providerUrl;

    SmsInbox(Http http, String providerUrl) {
        this.http = http;
        this.providerUrl = providerUrl;
    }

    /** The bodies of the messages sent to {@code phone}, oldest first. */
    List<String> messages(String phone) {
        JsonNode requests = http.get(providerUrl + "/__admin/requests", null).body().path("requests");
        List<String> bodies = new ArrayList<>();
        for (JsonNode request : requests) {
            String form = request.path("request").path("body").asText();
            if (phone.equals(field(form, "To"))) {
                bodies.add(0, field(form, "Body"));
            }
        }
        return bodies;
    }

    /** Waits for the {@code count}-th message to {@code phone} and returns its code. */
    String awaitCode(String phone, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<String> bodies = messages(phone);
            if (bodies.size() >= count) {
                Matcher matcher = SIX_DIGITS.matcher(bodies.get(count - 1));
                if (!matcher.find()) {
                    throw new JourneyFailure("The text message to " + phone + " holds no six-digit code");
                }
                return matcher.group(1);
            }
            Pause.briefly();
        }
        throw new JourneyFailure("No text message number " + count + " reached " + phone + " within " + timeout);
    }

    private static String field(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
