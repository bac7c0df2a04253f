package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The environment variables compose and Kubernetes give each service agree with what the
 * service reads. The application.properties files are read as they stand when this runs, so
 * a variable added there without a default fails here until the deployments give it.
 */
class EnvironmentContractTests {
    private static final Set<String> DATABASE = Set.of("POSTGRES_HOST", "POSTGRES_PORT",
            "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DATABASE");
    private static final Set<String> TOKENS = Set.of("JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER");
    private static final Set<String> CODE_TRANSPORT =
            Set.of("CODE_TRANSPORT_KEY_ID", "CODE_TRANSPORT_KEY");
    /**
     * The variables each service is agreed to read (the project's configuration contract),
     * which its deployments must give even before its application.properties names them all.
     */
    private static final Map<String, Set<String>> CONTRACT = Map.of(
            "policy-service", union(Set.of("HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS"), DATABASE,
                    TOKENS),
            "challenge-service", union(Set.of("HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS",
                    "REDIS_HOST", "REDIS_PORT", "TOTP_ENCRYPTION_KEY_ID", "TOTP_ENCRYPTION_KEY"),
                    DATABASE, TOKENS, CODE_TRANSPORT),
            "notification-service", union(Set.of("HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS",
                    "REDIS_HOST", "REDIS_PORT", "SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME",
                    "SMTP_PASSWORD", "SMTP_START_TLS", "MAIL_FROM", "SMS_PROVIDER_URL",
                    "SMS_ACCOUNT_SID", "SMS_AUTH_TOKEN", "SMS_FROM"), CODE_TRANSPORT));
    private static final Pattern IMAGE_VARIABLE = Pattern.compile("(?m)^\\s*([A-Z][A-Z0-9_]*)=");

    static Stream<Arguments> everyServiceInEveryDeployment() {
        return Repository.SERVICES.stream().flatMap(service -> Stream.of(
                Arguments.of(service, "docker-compose.yml"),
                Arguments.of(service, "overlays/dev"),
                Arguments.of(service, "overlays/production")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyServiceInEveryDeployment")
    void everyVariableWithoutADefaultIsGiven(String service, String deployment) {
        assertThat(given(service, deployment))
                .containsAll(ServiceConfiguration.of(service).required());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyServiceInEveryDeployment")
    void everyVariableOfTheContractIsGiven(String service, String deployment) {
        assertThat(given(service, deployment)).containsAll(CONTRACT.get(service));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyServiceInEveryDeployment")
    void everyVariableGivenIsOneTheServiceOrItsImageReads(String service, String deployment) {
        Set<String> understood = union(ServiceConfiguration.of(service).read(),
                CONTRACT.get(service), imageVariables(service));

        assertThat(given(service, deployment)).isSubsetOf(understood);
    }

    @Test
    void composeAndKubernetesGiveEachServiceTheSameVariables() {
        for (String service : Repository.SERVICES) {
            Set<String> compose = given(service, "docker-compose.yml");
            for (String overlay : Kustomize.OVERLAYS) {
                assertThat(given(service, overlay)).as(service + " in " + overlay)
                        .isEqualTo(compose);
            }
        }
    }

    @Test
    void readingTheConfigurationFindsRequiredAndDefaultedVariablesOfTheProdProfile() {
        ServiceConfiguration configuration = ServiceConfiguration.parse("""
                a.url=${HOST:localhost}:${PORT}
                %prod.a.url=${PROD_HOST}:${PROD_PORT:1}
                %dev.b=${DEV_ONLY}
                %dev,prod.c=${SHARED_KEY}
                d=${lower.case.property}
                e=${OUTER:${INNER:x}/y}
                """);

        assertThat(configuration.read())
                .containsExactlyInAnyOrder("PROD_HOST", "PROD_PORT", "SHARED_KEY", "OUTER",
                        "INNER");
        assertThat(configuration.required()).containsExactlyInAnyOrder("PROD_HOST", "SHARED_KEY");
    }

    private static Set<String> given(String service, String deployment) {
        if (deployment.equals("docker-compose.yml")) {
            return ComposeFile.load().variables(service);
        }
        List<Map<String, Object>> objects = Kustomize.render(deployment);
        Map<String, Object> deploymentObject = Manifests.named(objects, "Deployment", service);
        Set<String> names = new TreeSet<>(Manifests.data(
                Manifests.configMapOf(objects, deploymentObject)).keySet());
        for (Object variable : Yaml.list(Manifests.container(deploymentObject).get("env"))) {
            names.add(Yaml.text(Yaml.map(variable), "name"));
        }
        return names;
    }

    private static Set<String> imageVariables(String service) {
        Set<String> names = new HashSet<>();
        String dockerfile = Repository.read(Repository.dockerfile(service));
        Matcher matcher = IMAGE_VARIABLE.matcher(dockerfile.substring(dockerfile.indexOf("ENV ")));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
