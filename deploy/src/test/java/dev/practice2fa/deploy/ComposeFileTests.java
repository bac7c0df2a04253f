package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docker-compose.yml parses and refers only to what it defines or the repository holds. */
class ComposeFileTests {
    private static final Set<String> TOP_LEVEL =
            Set.of("name", "services", "networks", "volumes", "secrets", "configs");
    /** The service attributes of the Compose Specification this file may use. */
    private static final Set<String> SERVICE_ATTRIBUTES = Set.of("image", "build", "command",
            "entrypoint", "environment", "env_file", "ports", "volumes", "secrets",
            "healthcheck", "depends_on", "restart", "read_only", "tmpfs", "cap_drop",
            "security_opt", "mem_limit", "user", "working_dir", "networks", "labels",
            "stop_grace_period", "init");
    private static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy",
            "service_completed_successfully");
    private static final Pattern PUBLISHED = Pattern.compile("127\\.0\\.0\\.1:\\d+:\\d+");

    private final ComposeFile compose = ComposeFile.load();

    static List<String> services() {
        return Repository.SERVICES;
    }

    @Test
    void usesOnlyKeysOfTheComposeSpecification() {
        assertThat(compose.root().keySet())
                .allSatisfy(key -> assertThat(TOP_LEVEL.contains(key) || key.startsWith("x-"))
                        .as(key).isTrue());
        compose.services().forEach((name, service) ->
                assertThat(Yaml.map(service).keySet()).as(name)
                        .isSubsetOf(SERVICE_ATTRIBUTES));
    }

    @Test
    void everyDependencyIsAServiceWaitedForUntilItCanServe() {
        compose.services().keySet().forEach(name -> compose.dependsOn(name).forEach(
                (dependency, condition) -> {
                    Map<String, Object> target = compose.service(dependency);
                    assertThat(CONDITIONS).as(name).contains(condition);
                    assertThat(condition).as(name + " waits for " + dependency)
                            .isNotEqualTo("service_started");
                    if (condition.equals("service_healthy")) {
                        assertThat(target).as(dependency).containsKey("healthcheck");
                    } else {
                        assertThat(target.get("restart")).as(dependency).isEqualTo("no");
                    }
                }));
    }

    @Test
    void everySecretAndNamedVolumeUsedIsDefined() {
        compose.services().forEach((name, value) -> {
            Map<String, Object> service = Yaml.map(value);
            for (Object secret : Yaml.list(service.get("secrets"))) {
                String secretName = secret instanceof Map<?, ?> longForm ? longForm.get("source")
                        .toString() : secret.toString();
                assertThat(compose.topLevelNames("secrets")).as(name).contains(secretName);
            }
            for (Object volume : Yaml.list(service.get("volumes"))) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(ComposeFile.exists(source)).as(name + " mounts " + source)
                            .isTrue();
                } else {
                    assertThat(compose.topLevelNames("volumes")).as(name).contains(source);
                }
            }
        });
    }

    @Test
    void secretsAndEnvFilesLieInTheIgnoredFolderThatTheGeneratorFills() {
        String generator = Repository.read("deploy/compose/generate-local-secrets.sh");
        Yaml.map(compose.root().get("secrets")).forEach((name, secret) -> {
            String file = Yaml.text(Yaml.map(secret), "file");
            assertThat(file).as(name).startsWith("./deploy/compose/secrets/");
            assertThat(generator).as(name).contains(file.substring(
                    "./deploy/compose/secrets/".length()));
        });
        compose.services().keySet().forEach(name -> compose.envFiles(name).forEach(file -> {
            assertThat(file).startsWith("./deploy/compose/secrets/");
            assertThat(ComposeFile.exists(file + ".example")).as(file + ".example").isTrue();
        }));
        assertThat(Repository.read("deploy/compose/secrets/.gitignore"))
                .contains("*\n", "!*.example");
    }

    @ParameterizedTest
    @MethodSource("services")
    void servicesAreBuiltFromTheirDockerfileAndHardened(String name) {
        Map<String, Object> service = compose.service(name);
        String context = Yaml.text(service, "build", "context");

        assertThat(context).isEqualTo("./" + name);
        assertThat(Files.exists(ComposeFile.path(context).resolve(
                Yaml.text(service, "build", "dockerfile")))).isTrue();
        assertThat(Yaml.text(service, "image")).startsWith("practice2fa/" + name + ":");
        assertThat(service).containsKey("healthcheck");
        assertThat(service.get("read_only")).isEqualTo(true);
        assertThat(Yaml.list(service.get("cap_drop"))).containsExactly("ALL");
        assertThat(Yaml.list(service.get("tmpfs"))).contains("/tmp");
    }

    @Test
    void publishedPortsAreOnlyOnTheLoopbackAddress() {
        compose.services().forEach((name, service) -> Yaml.list(Yaml.map(service).get("ports"))
                .forEach(port -> assertThat(port.toString()).as(name).matches(PUBLISHED)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void serversAServiceIsConfiguredToUseAreHealthyBeforeItStarts(String name) {
        Map<String, String> environment = compose.environment(name);
        Set<String> awaited = awaitedDependencies(name);

        for (String host : hostsNamedIn(environment)) {
            assertThat(compose.services()).as(name + " talks to " + host).containsKey(host);
            assertThat(awaited).as(name + " waits for " + host).contains(host);
        }
    }

    @Test
    void kafkaRunsAsASingleKraftNodeWithAValidClusterId() {
        Map<String, String> kafka = compose.environment("kafka");

        assertThat(Yaml.text(compose.service("kafka"), "image")).startsWith("apache/kafka:");
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo("1@kafka:9093");
        assertThat(Base64.getUrlDecoder().decode(kafka.get("CLUSTER_ID"))).hasSize(16);
        assertThat(kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))
                .as("topics come from create-topics.sh with their settings").isEqualTo("false");
    }

    @Test
    void postgresInitialisationCreatesTheRoleAndDatabasesTheServicesUse() {
        String script = Repository.read("deploy/compose/postgres/init-databases.sh");
        Set<String> databases = new HashSet<>();
        Set<String> roles = new HashSet<>();
        Matcher database = Pattern.compile("CREATE DATABASE (\\w+) OWNER (\\w+)").matcher(script);
        while (database.find()) {
            databases.add(database.group(1));
            roles.add(database.group(2));
        }

        assertThat(Yaml.list(compose.service("postgres").get("volumes")))
                .anyMatch(volume -> volume.toString().startsWith("./deploy/compose/postgres/"
                        + "init-databases.sh:/docker-entrypoint-initdb.d/"));
        for (String name : Repository.SERVICES) {
            Map<String, String> environment = compose.environment(name);
            if (environment.containsKey("POSTGRES_DATABASE")) {
                assertThat(databases).contains(environment.get("POSTGRES_DATABASE"));
                assertThat(roles).containsOnly(environment.get("POSTGRES_USER"));
                assertThat(script).contains("CREATE ROLE " + environment.get("POSTGRES_USER"));
            }
        }
    }

    @Test
    void smsStandInServesTheLocalStacksMapping() {
        assertThat(Yaml.list(compose.service("sms-provider").get("volumes")))
                .contains("./local-stack/sms-provider/mappings:/home/wiremock/mappings:ro");
        assertThat(ComposeFile.path("local-stack/sms-provider/mappings/messages.json"))
                .exists();
    }

    /** The compose service names a container's address variables point at. */
    private static Set<String> hostsNamedIn(Map<String, String> environment) {
        Set<String> hosts = new HashSet<>();
        environment.forEach((key, value) -> {
            if (key.endsWith("_HOST")) {
                hosts.add(value);
            } else if (key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                hosts.add(value.split(":")[0]);
            } else if (key.endsWith("_URL")) {
                hosts.add(URI.create(value).getHost());
            }
        });
        return hosts;
    }

    /** Dependencies, and theirs, that are waited for until healthy or done. */
    private Set<String> awaitedDependencies(String name) {
        Set<String> awaited = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(name));
        while (!pending.isEmpty()) {
            compose.dependsOn(pending.pop()).forEach((dependency, condition) -> {
                if (!condition.equals("service_started") && awaited.add(dependency)) {
                    pending.push(dependency);
                }
            });
        }
        return awaited;
    }
}
