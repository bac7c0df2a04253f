package dev.practice2fa.notification.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The application with its mail server at a port where nothing listens, and a long wait before
 * each retry: every email fails its first attempt at once and then keeps its sender thread for
 * ten seconds, long enough to see what else still goes out meanwhile.
 */
public class MailServerUnreachable implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.port", Integer.toString(closedPort()),
                "notification.retry.initial-delay", "PT10S",
                "notification.retry.max-delay", "PT10S",
                "notification.retry.attempts", "3");
    }

    /** A port of this machine that was free a moment ago; nothing here listens on it again. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
