package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RenderedManifestsTests {

    static Stream<String> everyKustomization() {
        return Stream.concat(Kustomize.OVERLAYS.stream(), Kustomize.TOPIC_OVERLAYS.stream());
    }

    @ParameterizedTest
    @MethodSource("everyKustomization")
    void everyRenderedObjectMatchesTheKubernetesSchema(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        objects.forEach(object -> problems.addAll(KubernetesModel.problems(object)));

        assertThat(objects).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void schemaCheckRejectsAMisspeltField() {
        Map<String, Object> deployment = Yaml.document("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: misspelt
                spec:
                  selector:
                    matchLabels: {app: misspelt}
                  template:
                    metadata:
                      labels: {app: misspelt}
                    spec:
                      containers:
                        - name: misspelt
                          image: misspelt:1
                          livenessProbes:
                            httpGet: {path: /q/health/live, port: 8080}
                """);

        assertThat(KubernetesModel.problems(deployment))
                .singleElement()
                .asString()
                .contains("containers[0]", "livenessProbes");
    }

    @Test
    void schemaCheckRejectsAnUnknownKindAndAWrongType() {
        Map<String, Object> unknown = Yaml.document("""
                apiVersion: apps/v1
                kind: Deploymnet
                metadata: {name: typo}
                """);
        Map<String, Object> wrongType = Yaml.document("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: wrong}
                spec: {minReplicas: two, maxReplicas: 3}
                """);

        assertThat(KubernetesModel.problems(unknown)).singleElement().asString()
                .contains("not a known Kubernetes type");
        assertThat(KubernetesModel.problems(wrongType)).singleElement().asString()
                .contains("does not match its schema");
    }

    @Test
    void schemaCheckReadsKafkaTopicsWithStrimzisModel() {
        Map<String, Object> topic = Yaml.document("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: misspelt}
                spec: {partition: 3, replicas: 1}
                """);

        assertThat(KubernetesModel.problems(topic)).singleElement().asString()
                .contains("spec", "partition");
    }

    @ParameterizedTest
    @CsvSource({"overlays/dev, practice2fa-dev", "overlays/production, practice2fa",
        "overlays/dev/topics, kafka", "overlays/production/topics, kafka"})
    void everyObjectLandsInItsOverlaysNamespace(String overlay, String namespace) {
        assertThat(Kustomize.render(overlay))
                .extracting(object -> Yaml.text(object, "metadata", "namespace"))
                .containsOnly(namespace);
    }

    @ParameterizedTest
    @MethodSource("everyKustomization")
    void noOverlayCarriesASecret(String overlay) {
        assertThat(Kustomize.render(overlay))
                .extracting(Manifests::kind)
                .doesNotContain("Secret");
    }

    @ParameterizedTest
    @MethodSource("serviceOverlays")
    void everyServiceHasItsWholeSetOfObjects(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(overlay);

        for (String service : Repository.SERVICES) {
            for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler",
                    "PodDisruptionBudget", "NetworkPolicy")) {
                assertThat(Manifests.named(objects, kind, service)).isNotNull();
            }
            assertThat(Manifests.configMapOf(objects, Manifests.named(objects, "Deployment",
                    service))).isNotNull();
        }
        assertThat(Manifests.named(objects, "NetworkPolicy", "default-deny")).isNotNull();
    }

    static Stream<String> serviceOverlays() {
        return Kustomize.OVERLAYS.stream();
    }
}
