package dev.practice2fa.notification.security;

import dev.practice2fa.notification.directory.Member;
import dev.practice2fa.notification.dispatch.OutgoingMessage;
import dev.practice2fa.notification.message.SupportedLocales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/** Renders the email telling a user of a change to their second factors or recovery codes. */
@ApplicationScoped
public class SecurityMessages {
    private static final Set<String> FACTOR_TYPES = Set.of("SMS", "EMAIL", "AUTHENTICATOR");

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance subject(String kind);

        static native TemplateInstance text(String displayName, String kind, String factorType,
                String practiceName);

        static native TemplateInstance html(String displayName, String kind, String factorType,
                String practiceName);
    }

    public OutgoingMessage.Email render(SecurityEvent event, Member contact, String practiceName) {
        Locale locale = SupportedLocales.resolve(contact.locale());
        String factor = event.type().startsWith("FACTOR_") && FACTOR_TYPES.contains(event.factorType())
                ? event.factorType() : null;
        return new OutgoingMessage.Email(contact.email(),
                render(Templates.subject(event.type()), locale),
                render(Templates.text(contact.displayName(), event.type(), factor, practiceName), locale),
                render(Templates.html(contact.displayName(), event.type(), factor, practiceName), locale));
    }

    private static String render(TemplateInstance template, Locale locale) {
        return template.setLocale(locale).render().strip();
    }
}
