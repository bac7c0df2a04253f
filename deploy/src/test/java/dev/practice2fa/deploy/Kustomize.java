package dev.practice2fa.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with the real tool: a standalone {@code kustomize} if one is on the
 * PATH, else the one built into {@code kubectl}. Nothing is sent to a cluster.
 */
final class Kustomize {
    /** Every kustomization an operator applies, relative to deploy/k8s. */
    static final List<String> OVERLAYS = List.of("overlays/dev", "overlays/production");

    /** The topics, applied to the Kafka namespace before the services. */
    static final List<String> TOPIC_OVERLAYS =
            List.of("overlays/dev/topics", "overlays/production/topics");

    private static final Map<String, List<Map<String, Object>>> RENDERED =
            new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The objects the kustomization at deploy/k8s/RELATIVE renders, rendered once per run. */
    static List<Map<String, Object>> render(String relative) {
        return RENDERED.computeIfAbsent(relative, Kustomize::run);
    }

    private static List<Map<String, Object>> run(String relative) {
        Path folder = Repository.path("deploy/k8s/" + relative);
        List<String> command = new ArrayList<>(tool());
        command.add(folder.toString());
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(command)
                    .redirectError(errors.toFile())
                    .start();
            String output = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
            }
            String messages = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + messages);
            }
            return Yaml.documents(output);
        } catch (IOException e) {
            throw new AssertionError("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + relative, e);
        }
    }

    private static List<String> tool() {
        Optional<Path> kustomize = onPath("kustomize");
        if (kustomize.isPresent()) {
            return List.of(kustomize.get().toString(), "build");
        }
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            return List.of(kubectl.get().toString(), "kustomize");
        }
        throw new AssertionError("neither kustomize nor kubectl is on the PATH; .ci/run installs"
                + " Debian's kubernetes-client, which brings kubectl");
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
