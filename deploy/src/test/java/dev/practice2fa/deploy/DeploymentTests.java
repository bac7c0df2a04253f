package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentTests {
    private static final Pattern DOCKERFILE_USER = Pattern.compile("(?m)^USER\\s+(\\d+)");

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void probesAskTheQuarkusHealthEndpointsOnTheServicePort(Overlay it) {
        Map<String, Object> container = it.container();

        assertThat(probe(container, "startupProbe")).isEqualTo("/q/health/started");
        assertThat(probe(container, "readinessProbe")).isEqualTo("/q/health/ready");
        assertThat(probe(container, "livenessProbe")).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            Object port = Yaml.at(container, probe, "httpGet", "port");
            assertThat(containerPort(container, port)).as(probe).isEqualTo(it.httpPort());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void resourcesAreSizedForAnIdleServiceWithHeadroom(Overlay it) {
        Map<String, Object> resources = Yaml.map(it.container().get("resources"));

        assertThat(Yaml.at(resources, "requests")).isEqualTo(Map.of("cpu", "100m",
                "memory", "256Mi"));
        assertThat(Yaml.at(resources, "limits"))
                .as("a memory limit only: a CPU limit would throttle the JVM's start")
                .isEqualTo(Map.of("memory", "512Mi"));
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void podsRunAsTheImagesNonRootUserWithNothingWritableButTmp(Overlay it) {
        Map<String, Object> pod = Manifests.podSpec(it.deployment());
        Map<String, Object> container = it.container();

        assertThat(Yaml.at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(Yaml.at(pod, "securityContext", "runAsUser")).isEqualTo(imageUser(it.service()));
        assertThat(Yaml.text(pod, "securityContext", "seccompProfile", "type"))
                .isEqualTo("RuntimeDefault");
        assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
        assertThat(Yaml.at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(Yaml.at(container, "securityContext", "allowPrivilegeEscalation"))
                .isEqualTo(false);
        assertThat(Yaml.at(container, "securityContext", "capabilities"))
                .isEqualTo(Map.of("drop", List.of("ALL")));
        assertThat(volumeAt(pod, container, "/tmp")).containsKey("emptyDir");
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void serviceAutoscalerAndBudgetAllAimAtTheDeploymentsPods(Overlay it) {
        Map<String, Object> labels = Manifests.podLabels(it.deployment());
        Map<String, Object> service = it.object("Service");
        Map<String, Object> autoscaler = it.object("HorizontalPodAutoscaler");
        Map<String, Object> budget = it.object("PodDisruptionBudget");
        Map<String, Object> servicePort = Yaml.map(
                Yaml.list(Yaml.at(service, "spec", "ports")).get(0));

        assertThat(Manifests.selects(Yaml.map(Yaml.at(service, "spec", "selector")), labels))
                .isTrue();
        assertThat(containerPort(it.container(), servicePort.get("targetPort")))
                .isEqualTo(it.httpPort());
        assertThat(Yaml.text(autoscaler, "spec", "scaleTargetRef", "kind"))
                .isEqualTo("Deployment");
        assertThat(Yaml.text(autoscaler, "spec", "scaleTargetRef", "name"))
                .isEqualTo(it.service());
        assertThat((Integer) Yaml.at(autoscaler, "spec", "maxReplicas"))
                .isGreaterThanOrEqualTo((Integer) Yaml.at(autoscaler, "spec", "minReplicas"));
        assertThat(Manifests.selects(Yaml.map(Yaml.at(budget, "spec", "selector", "matchLabels")),
                labels)).isTrue();
        assertThat(Yaml.at(budget, "spec", "maxUnavailable"))
                .as("one pod at a time, whatever the replica count")
                .isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void replicasAreLeftToTheAutoscaler(Overlay it) {
        assertThat(Yaml.map(it.deployment().get("spec")))
                .as("a replica count in the Deployment would undo the autoscaler on each apply")
                .doesNotContainKey("replicas");
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void imageIsTheServicesOwnAndProductionRunsAReleasedOne(Overlay it) {
        String image = Yaml.text(it.container(), "image");

        assertThat(image).startsWith("practice2fa/" + it.service() + ":");
        if (it.overlay().endsWith("production")) {
            assertThat(image).doesNotEndWith("SNAPSHOT").doesNotEndWith(":latest");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void tokenPublicKeyLocationIsAFileOfAMountedSecret(Overlay it) {
        Object location = it.config().get("JWT_PUBLIC_KEY_LOCATION");
        if (location == null) {
            return;
        }
        Map<String, Object> pod = Manifests.podSpec(it.deployment());
        String path = location.toString();
        String folder = path.substring(0, path.lastIndexOf('/'));
        String file = path.substring(path.lastIndexOf('/') + 1);
        Map<String, Object> volume = volumeAt(pod, it.container(), folder);

        assertThat(Yaml.list(Yaml.at(volume, "secret", "items")))
                .extracting(item -> Yaml.text(Yaml.map(item), "path"))
                .contains(file);
    }

    private static String probe(Map<String, Object> container, String probe) {
        return Yaml.text(container, probe, "httpGet", "path");
    }

    /** The container port a Service or probe names, by number or by port name. */
    private static int containerPort(Map<String, Object> container, Object port) {
        for (Object entry : Yaml.list(container.get("ports"))) {
            Map<String, Object> declared = Yaml.map(entry);
            if (port.equals(declared.get("name")) || port.equals(declared.get("containerPort"))) {
                return (Integer) declared.get("containerPort");
            }
        }
        throw new AssertionError("the container declares no port " + port);
    }

    private static Map<String, Object> volumeAt(Map<String, Object> pod,
            Map<String, Object> container, String mountPath) {
        String volume = Yaml.list(container.get("volumeMounts")).stream()
                .map(Yaml::map)
                .filter(mount -> mountPath.equals(mount.get("mountPath")))
                .map(mount -> mount.get("name").toString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at " + mountPath));
        return Yaml.list(pod.get("volumes")).stream()
                .map(Yaml::map)
                .filter(declared -> volume.equals(declared.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume named " + volume));
    }

    private static int imageUser(String service) {
        Matcher matcher = DOCKERFILE_USER.matcher(Repository.read(Repository.dockerfile(service)));
        assertThat(matcher.find()).as("the Dockerfile of " + service + " sets a numeric USER")
                .isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
