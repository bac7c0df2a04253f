package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.directory.Member;
import dev.practice2fa.notification.directory.MemberDirectory;
import dev.practice2fa.notification.dispatch.DeliveryChannel;
import dev.practice2fa.notification.dispatch.DeliveryEngine;
import dev.practice2fa.notification.dispatch.DeliveryJob;
import dev.practice2fa.notification.dispatch.DeliveryResult;
import dev.practice2fa.notification.ledger.SendLedger;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Emails every active member of a practice once about one mandate change. The ledger key is the
 * practice, the version of the change and the member, so a redelivered or republished change,
 * or one resumed after a crash halfway down the list, writes only to members not yet told.
 */
@ApplicationScoped
public class MandateNotifier {
    private final MemberDirectory members;
    private final MandateMessages messages;
    private final DeliveryEngine engine;

    public MandateNotifier(MemberDirectory members, MandateMessages messages, DeliveryEngine engine) {
        this.members = members;
        this.messages = messages;
        this.engine = engine;
    }

    /** @return the reasons of the notices that failed; empty when every member was told */
    public List<String> notifyMembers(PracticeSettingsChanged event, MandateChange change) {
        List<Member> recipients = members.reachableMembers(event.practiceId());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Member member : recipients) {
            DeliveryResult result = engine.deliver(job(event, change, member));
            if (result instanceof DeliveryResult.Failed failed) {
                failures.add(failed.reason());
            } else if (result instanceof DeliveryResult.Delivered) {
                sent++;
            }
        }
        Log.infof("Practice %s, version %d (%s): told %d of %d members", event.practiceId(), event.version(),
                change, sent, recipients.size());
        return failures;
    }

    private DeliveryJob job(PracticeSettingsChanged event, MandateChange change, Member member) {
        return new DeliveryJob(SendLedger.key("mandate", event.practiceId(), event.version(), member.userId()),
                "mandate notice", UUID.randomUUID(), null, DeliveryChannel.EMAIL, null,
                () -> messages.render(event, change, member));
    }
}
