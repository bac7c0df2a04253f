package dev.practice2fa.benchmarks;

import java.net.URI;

/**
 * The harness sends traffic to this machine only: every address it is given must name
 * 127.0.0.1, and anything else is refused before a single byte is sent.
 */
public final class Loopback {
    public static final String ADDRESS = "127.0.0.1";

    private Loopback() {
    }

    /** The URL itself, when its host is 127.0.0.1. */
    public static URI requireUrl(String url) {
        URI uri = URI.create(url);
        requireHost(uri.getHost(), url);
        if (uri.getPort() < 1) {
            throw new IllegalArgumentException("The address " + url + " names no port");
        }
        return uri;
    }

    /** The Kafka bootstrap list itself, when every entry of it is on 127.0.0.1. */
    public static String requireServers(String servers) {
        for (String server : servers.split(",")) {
            String trimmed = server.trim();
            int colon = trimmed.lastIndexOf(':');
            requireHost(colon < 0 ? trimmed : trimmed.substring(0, colon), servers);
        }
        return servers;
    }

    private static void requireHost(String host, String address) {
        if (!ADDRESS.equals(host)) {
            throw new IllegalArgumentException("The benchmarks send traffic to " + ADDRESS
                    + " only, not to " + address);
        }
    }
}
