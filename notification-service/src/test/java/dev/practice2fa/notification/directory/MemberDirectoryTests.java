package dev.practice2fa.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberDirectoryTests {
    @Inject
    MemberDirectory members;

    private final String practice = "p-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void keepsTheNewestVersionWhateverTheOrderOfArrival() {
        Member renamed = new Member(practice, "u-1", true, "sam@example.com", "Dr Sam Lee", "en-AU", 3);
        Member older = new Member(practice, "u-1", true, "old@example.com", "Sam", "en-AU", 2);

        assertThat(members.record(renamed)).isEqualTo(Freshness.NEWER);
        assertThat(members.record(older)).isEqualTo(Freshness.OLDER);
        assertThat(members.record(renamed)).isEqualTo(Freshness.SAME);

        assertThat(members.find(practice, "u-1")).contains(renamed);
    }

    @Test
    void forgetsTheAddressOfARemovedMemberAndNeverBringsItBack() {
        // A user id of its own: other tests' users are indexed across practices and would be found.
        String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
        members.record(new Member(practice, user, true, "claire@example.com", "Claire", "fr", 1));
        members.record(Member.from(new MembershipChanged(UUID.randomUUID(), "MEMBERSHIP_REMOVED", 1, null,
                practice, user, "STANDARD", false, "claire@example.com", "Claire", "fr", 2L)));

        assertThat(members.record(new Member(practice, user, true, "claire@example.com", "Claire", "fr", 1)))
                .isEqualTo(Freshness.OLDER);
        assertThat(members.find(practice, user)).hasValueSatisfying(member -> {
            assertThat(member.active()).isFalse();
            assertThat(member.email()).isNull();
        });
        assertThat(members.reachableMembers(practice)).isEmpty();
        assertThat(members.contactFor(user, practice)).isEmpty();
    }

    @Test
    void findsAUserThroughAnotherPracticeWhenTheNamedOneDoesNotKnowThem() {
        String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
        members.record(new Member(practice, user, true, "sam@example.com", "Dr Sam Lee", "en-AU", 1));

        assertThat(members.contactFor(user, practice + "-unknown"))
                .hasValueSatisfying(member -> assertThat(member.email()).isEqualTo("sam@example.com"));
    }
}
