package dev.practice2fa.notification.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.notification.dispatch.SendFailure;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TwilioFailureTests {
    @Test
    void retriesWhatTheProviderSurelyDidNotTake() {
        assertThat(failure(new WebApplicationException(Response.status(500).build())))
                .returns(true, SendFailure::retryable)
                .returns("provider answered 500", SendFailure::reason);
        assertThat(failure(new WebApplicationException(Response.status(429).build())).retryable()).isTrue();
        assertThat(failure(new RuntimeException(new ConnectException("refused"))))
                .returns(true, SendFailure::retryable)
                .returns("provider unreachable", SendFailure::reason);
    }

    @Test
    void neverRetriesARefusalOrAnUnansweredRequest() {
        assertThat(failure(new WebApplicationException(Response.status(400).build())))
                .returns(false, SendFailure::retryable)
                .returns("provider answered 400", SendFailure::reason);
        assertThat(failure(new RuntimeException(new TimeoutException("no answer"))).retryable()).isFalse();
    }

    private static SendFailure failure(Throwable thrown) {
        return TwilioSmsProvider.toSendFailure(thrown);
    }
}
