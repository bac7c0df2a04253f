package dev.practice2fa.policy.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.practice2fa.common.problem.ApiProblemException;
import org.junit.jupiter.api.Test;

class ExpectedVersionTests {
    @Test
    void readsTheVersionFromTheETagItWasGiven() {
        assertThat(ExpectedVersion.of(ExpectedVersion.etag(7), null)).contains(7L);
    }

    @Test
    void readsTheVersionFromTheBodyWhenThereIsNoIfMatch() {
        assertThat(ExpectedVersion.of(null, 7L)).contains(7L);
    }

    @Test
    void acceptsBothWhenTheyAgree() {
        assertThat(ExpectedVersion.of("\"7\"", 7L)).contains(7L);
    }

    @Test
    void isEmptyWhenNeitherIsSent() {
        assertThat(ExpectedVersion.of(null, null)).isEmpty();
    }

    @Test
    void refusesAnIfMatchAndABodyThatDisagree() {
        assertThatThrownBy(() -> ExpectedVersion.of("\"7\"", 6L))
                .isInstanceOf(ApiProblemException.class)
                .satisfies(failure -> assertThat(((ApiProblemException) failure).problem().status())
                        .isEqualTo(400));
    }

    @Test
    void refusesWhatIsNoETagOfOurs() {
        String[] notOurs = {"7", "W/\"7\"", "*", "\"0\"", "\"7\", \"8\"", "\"99999999999999999999\""};
        for (String ifMatch : notOurs) {
            assertThatThrownBy(() -> ExpectedVersion.of(ifMatch, null))
                    .as(ifMatch)
                    .isInstanceOf(ApiProblemException.class);
        }
    }
}
