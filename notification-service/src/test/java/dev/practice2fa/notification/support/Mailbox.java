package dev.practice2fa.notification.support;

import static io.restassured.RestAssured.given;

import dev.practice2fa.stack.LocalStack;
import io.restassured.response.Response;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** The SMTP server's mailboxes, read through its API and parsed as a mail client would. */
public final class Mailbox {
    private Mailbox() {
    }

    /** What one address received; empty when it never received anything. */
    public static List<ReceivedMail> of(String address) {
        Response response = given()
                .baseUri(LocalStack.mailApiUrl())
            .when()
                .get("/api/user/{address}/messages/INBOX", address);
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<String> raw = response.jsonPath().getList("mimeMessage", String.class);
        return raw.stream().map(Mailbox::parse).toList();
    }

    private static ReceivedMail parse(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            ReceivedMail mail = new ReceivedMail(message.getSubject(), null, null);
            return collect(message.getContent(), message.getContentType(), mail);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The SMTP server holds a message that does not parse", e);
        }
    }

    private static ReceivedMail collect(Object content, String type, ReceivedMail mail)
            throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                mail = collect(part.getContent(), part.getContentType(), mail);
            }
            return mail;
        }
        String lower = type.toLowerCase();
        if (lower.startsWith("text/html")) {
            return new ReceivedMail(mail.subject(), mail.text(), content.toString());
        }
        if (lower.startsWith("text/plain")) {
            return new ReceivedMail(mail.subject(), content.toString(), mail.html());
        }
        return mail;
    }

    /** A received email: its subject and its two bodies (null when absent). */
    public record ReceivedMail(String subject, String text, String html) {
    }
}
