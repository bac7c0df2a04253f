package dev.practice2fa.notification.code;

import dev.practice2fa.notification.dispatch.DeliveryChannel;
import dev.practice2fa.notification.dispatch.OutgoingMessage;
import dev.practice2fa.notification.message.SupportedLocales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Renders a code as a text message, or as an email with a text and an HTML body. */
@ApplicationScoped
public class CodeMessages {
    @CheckedTemplate(basePath = "code")
    static class Templates {
        static native TemplateInstance sms(String code, String practiceName, int minutes, boolean enrolment);

        static native TemplateInstance subject(String practiceName, boolean enrolment);

        static native TemplateInstance text(String code, String practiceName, int minutes, boolean enrolment);

        static native TemplateInstance html(String code, String practiceName, int minutes, boolean enrolment);
    }

    public OutgoingMessage render(OtpDeliveryRequested request, String code) {
        Locale locale = SupportedLocales.resolve(request.locale());
        String practice = request.practiceName();
        int minutes = request.lifetimeMinutes();
        boolean enrolment = request.enrolment();
        if (request.channel() == DeliveryChannel.SMS) {
            return new OutgoingMessage.Sms(request.destination(),
                    render(Templates.sms(code, practice, minutes, enrolment), locale));
        }
        return new OutgoingMessage.Email(request.destination(),
                render(Templates.subject(practice, enrolment), locale),
                render(Templates.text(code, practice, minutes, enrolment), locale),
                render(Templates.html(code, practice, minutes, enrolment), locale));
    }

    private static String render(TemplateInstance template, Locale locale) {
        return template.setLocale(locale).render().strip();
    }
}
