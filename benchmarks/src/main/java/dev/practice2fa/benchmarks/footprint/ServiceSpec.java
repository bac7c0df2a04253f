package dev.practice2fa.benchmarks.footprint;

import java.nio.file.Path;

/**
 * One of the three services, as the harness finds or starts it.
 *
 * @param name the Maven module, such as {@code challenge-service}
 * @param port its HTTP port on 127.0.0.1
 * @param jar the packaged application, {@code target/quarkus-app/quarkus-run.jar}
 */
public record ServiceSpec(String name, int port, Path jar) {
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
