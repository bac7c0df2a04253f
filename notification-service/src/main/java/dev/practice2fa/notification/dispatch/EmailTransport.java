package dev.practice2fa.notification.dispatch;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** Hands emails to the SMTP server, turning its failures into {@link SendFailure}s. */
@ApplicationScoped
public class EmailTransport {
    private final ReactiveMailer mailer;

    public EmailTransport(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    public Uni<Void> send(OutgoingMessage.Email email) {
        Mail mail = Mail.withText(email.destination(), email.subject(), email.text())
                .setHtml(email.html());
        return mailer.send(mail)
                .onFailure().transform(EmailTransport::toSendFailure);
    }

    /** SMTP's own verdict decides: a 4xx reply may be tried again, a 5xx reply never. */
    static SendFailure toSendFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String reason = "mail server answered " + smtp.getReplyCode();
                return smtp.isPermanent() ? SendFailure.permanent(reason) : SendFailure.retryable(reason);
            }
            if (cause instanceof ConnectException) {
                return SendFailure.retryable("mail server unreachable");
            }
            if (cause instanceof TimeoutException) {
                return SendFailure.permanent("mail server did not answer in time; "
                        + "not sent again to avoid a duplicate");
            }
        }
        return SendFailure.retryable("mail server failure: " + failure.getClass().getSimpleName());
    }
}
