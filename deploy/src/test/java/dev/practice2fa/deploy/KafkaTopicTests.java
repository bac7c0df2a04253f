package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KafkaTopicTests {
    private static final List<String> TOPICS = List.of("practice-two-factor-settings",
            "practice-memberships", "otp-deliveries", "otp-deliveries-dead-letter",
            "notification-outcomes", "two-factor-security-events");
    private static final List<String> COMPACTED =
            List.of("practice-two-factor-settings", "practice-memberships");
    private static final Duration LONGEST_CODE_LIFE = Duration.ofMinutes(10);
    private static final Pattern CREATE_TOPIC =
            Pattern.compile("(?m)^create_topic ((?:[^\\n]*\\\\\\n)*[^\\n]*)$");

    static Stream<String> topicOverlays() {
        return Kustomize.TOPIC_OVERLAYS.stream();
    }

    @ParameterizedTest
    @MethodSource("topicOverlays")
    void everyTopicOfTheSpecificationIsDeclaredForTheSystemsKafkaCluster(String overlay) {
        List<Map<String, Object>> topics = Kustomize.render(overlay);

        assertThat(topics).extracting(Manifests::name).containsExactlyInAnyOrderElementsOf(TOPICS);
        assertThat(topics).extracting(topic -> Yaml.text(topic, "metadata", "labels",
                "strimzi.io/cluster")).containsOnly("twofa-kafka");
    }

    @ParameterizedTest
    @MethodSource("topicOverlays")
    void settingsAndMembershipsAreCompactedAndTheRestExpire(String overlay) {
        for (Map<String, Object> topic : Kustomize.render(overlay)) {
            String policy = config(topic).get("cleanup.policy");
            if (COMPACTED.contains(Manifests.name(topic))) {
                assertThat(policy).as(Manifests.name(topic)).isEqualTo("compact");
                assertThat(config(topic)).doesNotContainKey("retention.ms");
            } else {
                assertThat(policy).as(Manifests.name(topic)).isEqualTo("delete");
                assertThat(retention(topic)).as(Manifests.name(topic)).isPositive();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("topicOverlays")
    void deliveriesOutliveTheirCodesButNotMuchLonger(String overlay) {
        Map<String, Object> deliveries = topic(overlay, "otp-deliveries");
        Duration segment = Duration.ofMillis(Long.parseLong(config(deliveries).get("segment.ms")));

        assertThat(retention(deliveries)).isBetween(LONGEST_CODE_LIFE, Duration.ofMinutes(15));
        assertThat(segment).as("retention removes whole segments only")
                .isLessThanOrEqualTo(retention(deliveries).dividedBy(2));
    }

    @ParameterizedTest
    @MethodSource("topicOverlays")
    void securityEventsAreKeptForAYearOfAudit(String overlay) {
        assertThat(retention(topic(overlay, "two-factor-security-events")))
                .isGreaterThanOrEqualTo(Duration.ofDays(365));
    }

    @ParameterizedTest
    @MethodSource("topicOverlays")
    void deadLettersArePartitionedLikeTheDeliveriesTheyCameFrom(String overlay) {
        assertThat(partitions(topic(overlay, "otp-deliveries-dead-letter")))
                .isEqualTo(partitions(topic(overlay, "otp-deliveries")));
    }

    @ParameterizedTest
    @MethodSource("topicOverlays")
    void everyReplicaTheAutoscalersMayStartHasAPartitionToConsume(String overlay) {
        int mostReplicas = Kustomize.OVERLAYS.stream()
                .flatMap(services -> Manifests.ofKind(Kustomize.render(services),
                        "HorizontalPodAutoscaler").stream())
                .mapToInt(autoscaler -> (Integer) Yaml.at(autoscaler, "spec", "maxReplicas"))
                .max()
                .orElseThrow();

        assertThat(Kustomize.render(overlay))
                .allSatisfy(topic -> assertThat(partitions(topic))
                        .isGreaterThanOrEqualTo(mostReplicas));
    }

    @ParameterizedTest
    @CsvSource({"overlays/dev/topics, 1, 1", "overlays/production/topics, 3, 2"})
    void writesWaitForEnoughReplicasToSurviveABrokerLoss(String overlay, int replicas,
            int inSync) {
        assertThat(Kustomize.render(overlay)).allSatisfy(topic -> {
            assertThat(Yaml.at(topic, "spec", "replicas")).isEqualTo(replicas);
            assertThat(config(topic).get("min.insync.replicas"))
                    .isEqualTo(String.valueOf(inSync));
        });
    }

    @Test
    void composeCreatesTheTopicsAsTheSingleBrokerOverlayDeclaresThem() {
        Map<String, String> compose = new TreeMap<>();
        Matcher matcher = CREATE_TOPIC.matcher(
                Repository.read("deploy/compose/kafka/create-topics.sh"));
        while (matcher.find()) {
            List<String> words = Arrays.asList(matcher.group(1).replace("\\\n", " ").strip()
                    .split("\\s+"));
            Map<String, String> settings = new TreeMap<>();
            words.subList(2, words.size()).forEach(setting -> settings.put(
                    setting.substring(0, setting.indexOf('=')),
                    setting.substring(setting.indexOf('=') + 1)));
            compose.put(words.get(0), words.get(1) + " 1 " + settings);
        }
        Map<String, String> kubernetes = new TreeMap<>();
        for (Map<String, Object> topic : Kustomize.render("overlays/dev/topics")) {
            kubernetes.put(Manifests.name(topic), partitions(topic) + " "
                    + Yaml.at(topic, "spec", "replicas") + " " + new TreeMap<>(config(topic)));
        }

        assertThat(compose).isEqualTo(kubernetes);
        assertThat(Repository.read("deploy/compose/kafka/create-topics.sh"))
                .contains("--replication-factor 1");
    }

    private static Map<String, Object> topic(String overlay, String name) {
        return Manifests.named(Kustomize.render(overlay), "KafkaTopic", name);
    }

    private static Map<String, String> config(Map<String, Object> topic) {
        Map<String, String> config = new LinkedHashMap<>();
        Yaml.map(Yaml.at(topic, "spec", "config"))
                .forEach((key, value) -> config.put(key, String.valueOf(value)));
        return config;
    }

    private static Duration retention(Map<String, Object> topic) {
        return Duration.ofMillis(Long.parseLong(config(topic).get("retention.ms")));
    }

    private static int partitions(Map<String, Object> topic) {
        return (Integer) Yaml.at(topic, "spec", "partitions");
    }
}
