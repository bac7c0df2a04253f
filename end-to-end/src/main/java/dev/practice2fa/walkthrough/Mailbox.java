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
            if (mails.size() >= count) {
                return mails.get(count - 1);
            }
            Pause.briefly();
        }
        throw new JourneyFailure("No message number " + count + " arrived for " + address + " within " + timeout);
    }

    /** The six-digit code in the newest of {@code count} messages. */
    String awaitCode(String address, int count, Duration timeout) {
        Mail mail = awaitMessage(address, count, timeout);
        Matcher matcher = SIX_DIGITS.matcher(mail.raw().substring(mail.raw().indexOf("\r\n\r\n") + 1));
        if (!matcher.find()) {
            throw new JourneyFailure("The message '" + mail.subject() + "' holds no six-digit code");
        }
        return matcher.group(1);
    }
}
