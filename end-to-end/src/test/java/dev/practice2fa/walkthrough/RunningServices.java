package dev.practice2fa.walkthrough;

import dev.practice2fa.stack.LocalStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The three packaged services, each run as its own process on a free port against the local
 * stack, as they run in production: no test framework inside them.
 */
final class RunningServices implements AutoCloseable {
    private static final List<String> SERVICES = List.of("policy-service", "challenge-service", "notification-service");

    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Integer> ports = new java.util.HashMap<>();

    static RunningServices start() throws IOException, InterruptedException {
        RunningServices services = new RunningServices();
        try {
            for (String name : SERVICES) {
                services.launch(name);
            }
            for (String name : SERVICES) {
                services.awaitReady(name);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    Endpoints endpoints() {
        return new Endpoints(url("policy-service"), url("challenge-service"),
                LocalStack.mailApiUrl(), LocalStack.smsProviderUrl());
    }

    private String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private void launch(String name) throws IOException {
        Path root = LocalStack.repositoryRoot();
        Path keys = LocalStack.stateFolder().resolve("keys");
        Path logs = root.resolve("end-to-end/target/service-logs");
        Files.createDirectories(logs);
        int port = freePort();
        ports.put(name, port);

        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar",
                root.resolve(name + "/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("HTTP_PORT", String.valueOf(port));
        env.put("HTTP_HOST", "127.0.0.1");
        env.put("JWT_PUBLIC_KEY_LOCATION", keys.resolve("public.pem").toString());
        env.put("CODE_TRANSPORT_KEY_ID", "stack");
        env.put("CODE_TRANSPORT_KEY", Files.readString(keys.resolve("code-transport.key")).trim());
        env.put("TOTP_ENCRYPTION_KEY", Files.readString(keys.resolve("totp-encryption.key")).trim());
        env.put("SMS_ACCOUNT_SID", "AClocalstack");
        env.put("SMS_AUTH_TOKEN", "local-stack");
        env.put("SMS_FROM", "+61480000000");
        processes.add(builder.start());
    }

    private void awaitReady(String name) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url(name) + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The process is still starting; ask again shortly.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become ready; see end-to-end/target/service-logs");
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
