package dev.practice2fa.challenge.delivery;

import dev.practice2fa.challenge.practice.Membership;
import dev.practice2fa.challenge.practice.PracticeSetting;
import dev.practice2fa.challenge.practice.PracticeView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** In whose name and language a code goes out: the practice named at sign-in, the member's locale. */
@ApplicationScoped
public class Recipient {
    /** The locale when nothing better is known. */
    public static final String DEFAULT_LOCALE = "en-AU";

    private final PracticeView view;

    public Recipient(PracticeView view) {
        this.view = view;
    }

    /** Practice name (null without a practice) and locale for the user's message. */
    public Uni<Context> of(String userId, String practiceId) {
        Uni<PracticeSetting> setting = practiceId == null
                ? Uni.createFrom().nullItem() : view.setting(practiceId);

        return setting.chain(practice -> view.activeMemberships(userId)
                .map(memberships -> new Context(practice == null ? null : practice.practiceName,
                        locale(memberships, practice))));
    }

    private static String locale(List<Membership> memberships, PracticeSetting practice) {
        return memberships.stream()
                .filter(membership -> practice == null || membership.practiceId.equals(practice.practiceId))
                .map(membership -> membership.locale)
                .filter(locale -> locale != null && !locale.isBlank())
                .findFirst()
                .orElse(practice != null && practice.locale != null ? practice.locale : DEFAULT_LOCALE);
    }

    /** The practice name and the locale of one message. */
    public record Context(String practiceName, String locale) {
    }
}
