package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileTests {

    static List<String> services() {
        return Repository.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void imageRunsTheFastJarOnAJava17Runtime(String service) {
        String dockerfile = Repository.read(Repository.dockerfile(service));

        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jre\\s*$");
        assertThat(dockerfile).contains(
                "COPY target/quarkus-app/lib/ /deployments/lib/",
                "COPY target/quarkus-app/*.jar /deployments/",
                "COPY target/quarkus-app/app/ /deployments/app/",
                "COPY target/quarkus-app/quarkus/ /deployments/quarkus/");
        assertThat(dockerfile).containsPattern(
                "(?m)^ENTRYPOINT \\[\"java\", \"-jar\", \"/deployments/quarkus-run.jar\"\\]$");
    }

    @ParameterizedTest
    @MethodSource("services")
    void imageRunsAsANumericNonRootUserThatOwnsNoneOfItsFiles(String service) {
        String dockerfile = Repository.read(Repository.dockerfile(service));

        assertThat(dockerfile).containsPattern("(?m)^USER [1-9]\\d{3,}:[1-9]\\d{3,}$");
        assertThat(dockerfile).doesNotContain("--chown", "chmod");
    }

    @ParameterizedTest
    @MethodSource("services")
    void imageListensOnThePortTheServiceDefaultsTo(String service) {
        String dockerfile = Repository.read(Repository.dockerfile(service));
        String port = ServiceConfiguration.prodValues(
                Repository.read(Repository.applicationProperties(service)))
                .get("quarkus.http.port")
                .replaceAll("\\$\\{HTTP_PORT:(\\d+)}", "$1");

        assertThat(dockerfile).containsPattern("(?m)^EXPOSE " + port + "$");
        assertThat(dockerfile).contains("HTTP_PORT=" + port);
    }

    @ParameterizedTest
    @MethodSource("services")
    void heapFollowsTheContainersMemoryLimitAndRunningOutEndsTheProcess(String service) {
        String dockerfile = Repository.read(Repository.dockerfile(service));
        String options = "JAVA_TOOL_OPTIONS=\"[^\"]*";

        assertThat(dockerfile).containsPattern(options + "-XX:MaxRAMPercentage=50");
        assertThat(dockerfile).containsPattern(options + "-XX:\\+ExitOnOutOfMemoryError");
        assertThat(dockerfile).doesNotContainPattern("-Xmx|-Xms");
    }

    @ParameterizedTest
    @MethodSource("services")
    void buildContextHoldsOnlyThePackagedApplication(String service) {
        String ignored = Repository.read(Repository.path(service
                + "/src/main/docker/Dockerfile.jvm.dockerignore"));

        assertThat(ignored.lines().filter(line -> !line.startsWith("#")).toList())
                .containsExactly("*", "!target/quarkus-app/");
    }
}
