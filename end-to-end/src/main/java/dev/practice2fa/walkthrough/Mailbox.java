package dev.practice2fa.walkthrough;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local SMTP server's mailboxes, read through its API as a person would open their inbox. */
final class Mailbox {
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    private final Http http;
    private final String apiUrl;

    Mailbox(Http http, String apiUrl) {
        this.http = http;
        this.apiUrl = apiUrl;
    }

    /** A received message: its subject and its whole raw text. */
    record Mail(String subject, String raw) {
    }

    List<Mail> messages(String address) {
        JsonNode list = http.get(apiUrl + "/api/user/" + address + "/messages/INBOX", null).body();
        List<Mail> mails = new ArrayList<>();
        list.forEach(message -> mails.add(new Mail(message.path("subject").asText(),
                message.path("mimeMessage").asText())));
        return mails;
    }

    /** Waits for the {@code count}-th message to arrive and returns it. */
    Mail awaitMessage(String address, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Mail> mails = messages(address);
            // The server may list a message while it is still being received; wait for all of it.
            if (mails.size() >= count && !mails.get(count - 1).subject().isEmpty()) {
                return mails.get(count - 1);
            }
            Pause.briefly();
        }
        throw new JourneyFailure("No message number " + count + " arrived for " + address + " within " + timeout);
    }

    /**
     * Waits for a message with a six-digit code among those after the first {@code alreadyRead}
     * and returns its code. Notices without a code (a factor added, say) may arrive meanwhile
     * and are passed over, as a person passes over them looking for the code.
     */
    String awaitCode(String address, int alreadyRead, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Mail> mails = messages(address);
            for (Mail mail : mails.subList(Math.min(alreadyRead, mails.size()), mails.size())) {
                Matcher matcher = SIX_DIGITS.matcher(body(mail));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            Pause.briefly();
        }
        throw new JourneyFailure("No code arrived for " + address + " within " + timeout);
    }

    private static String body(Mail mail) {
        int headersEnd = mail.raw().indexOf("\r\n\r\n");
        return headersEnd < 0 ? "" : mail.raw().substring(headersEnd);
    }
}
