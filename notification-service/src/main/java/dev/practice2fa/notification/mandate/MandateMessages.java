package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.directory.Member;
import dev.practice2fa.notification.dispatch.OutgoingMessage;
import dev.practice2fa.notification.message.SupportedLocales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Renders the email telling a member of their practice's mandatory two-factor setting. */
@ApplicationScoped
public class MandateMessages {
    @CheckedTemplate(basePath = "mandate")
    static class Templates {
        static native TemplateInstance subject(String practiceName, boolean methodChangeOnly);

        static native TemplateInstance text(String displayName, String practiceName, String method,
                boolean methodChangeOnly);

        static native TemplateInstance html(String displayName, String practiceName, String method,
                boolean methodChangeOnly);
    }

    public OutgoingMessage.Email render(Mandate mandate, Member member) {
        Locale locale = SupportedLocales.firstOf(member.locale(), mandate.locale());
        String practice = mandate.practiceName() == null ? mandate.practiceId() : mandate.practiceName();
        String method = mandate.methodPreference();
        boolean methodOnly = mandate.change() == MandateChange.METHOD_CHANGED;
        return new OutgoingMessage.Email(member.email(),
                render(Templates.subject(practice, methodOnly), locale),
                render(Templates.text(member.displayName(), practice, method, methodOnly), locale),
                render(Templates.html(member.displayName(), practice, method, methodOnly), locale));
    }

    private static String render(TemplateInstance template, Locale locale) {
        return template.setLocale(locale).render().strip();
    }
}
