package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests name Secrets that the operator creates: each one they name, with each key they
 * read from it, must be documented by an example file in deploy/k8s/secrets.
 */
class SecretReferenceTests {
    private static final Path EXAMPLES = Repository.path("deploy/k8s/secrets");

    static Stream<String> serviceOverlays() {
        return Kustomize.OVERLAYS.stream();
    }

    @ParameterizedTest
    @MethodSource("serviceOverlays")
    void everySecretKeyTheDeploymentsReadHasAnExample(String overlay) {
        List<String> references = new ArrayList<>();
        for (Map<String, Object> deployment : Manifests.ofKind(Kustomize.render(overlay),
                "Deployment")) {
            references.addAll(secretKeyReferences(deployment));
        }

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            String secret = reference.substring(0, reference.indexOf('/'));
            String key = reference.substring(reference.indexOf('/') + 1);
            assertThat(EnvFile.names(example(secret))).as(reference).contains(key);
        }
    }

    @Test
    void everyExampleDescribesASecretTheDeploymentsUse() throws Exception {
        List<String> used = new ArrayList<>();
        for (String overlay : Kustomize.OVERLAYS) {
            for (Map<String, Object> deployment : Manifests.ofKind(Kustomize.render(overlay),
                    "Deployment")) {
                secretKeyReferences(deployment).forEach(reference ->
                        used.add(reference.substring(0, reference.indexOf('/'))));
            }
        }
        try (Stream<Path> examples = Files.list(EXAMPLES)) {
            assertThat(examples.map(file -> file.getFileName().toString()))
                    .allSatisfy(file -> assertThat(used)
                            .contains(file.replace(".env.example", "")));
        }
    }

    @Test
    void examplesHoldPlaceholdersNotKeys() throws IOException {
        try (Stream<Path> examples = Files.list(EXAMPLES)) {
            examples.forEach(file -> EnvFile.read(file).forEach((key, value) ->
                    assertThat(value).as(file + " " + key)
                            .doesNotMatch("[A-Za-z0-9+/]{43}=")
                            .doesNotContain("BEGIN")));
        }
    }

    /** "secret/key" for every Secret key the Deployment's pods read, as variable or file. */
    static List<String> secretKeyReferences(Map<String, Object> deployment) {
        List<String> references = new ArrayList<>();
        for (Object variable : Yaml.list(Manifests.container(deployment).get("env"))) {
            Map<String, Object> reference = Yaml.map(Yaml.at(Yaml.map(variable), "valueFrom",
                    "secretKeyRef"));
            if (!reference.isEmpty()) {
                references.add(reference.get("name") + "/" + reference.get("key"));
            }
        }
        for (Object volume : Yaml.list(Manifests.podSpec(deployment).get("volumes"))) {
            Map<String, Object> secret = Yaml.map(Yaml.map(volume).get("secret"));
            for (Object item : Yaml.list(secret.get("items"))) {
                references.add(secret.get("secretName") + "/" + Yaml.map(item).get("key"));
            }
        }
        return references;
    }

    private static Path example(String secret) {
        return EXAMPLES.resolve(secret + ".env.example");
    }
}
