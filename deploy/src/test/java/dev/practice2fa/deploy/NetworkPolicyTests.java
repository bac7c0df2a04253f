package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service is reachable only from where its callers live, and reaches only the addresses
 * its own configuration names (plus DNS). Peers in the cluster are addressed as
 * NAME.NAMESPACE.svc and admitted by namespace; anything else is outside the cluster.
 */
class NetworkPolicyTests {
    private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";
    private static final Map<String, Set<String>> CALLERS = Map.of(
            "policy-service", Set.of("sign-in", "platform", "monitoring"),
            "challenge-service", Set.of("sign-in", "platform", "monitoring"),
            "notification-service", Set.of("monitoring"));

    static Stream<String> serviceOverlays() {
        return Kustomize.OVERLAYS.stream();
    }

    @ParameterizedTest
    @MethodSource("serviceOverlays")
    void namespaceDeniesEverythingNotAllowedByName(String overlay) {
        Map<String, Object> deny = Manifests.named(Kustomize.render(overlay), "NetworkPolicy",
                "default-deny");

        assertThat(Yaml.map(Yaml.at(deny, "spec", "podSelector"))).isEmpty();
        assertThat(Yaml.list(Yaml.at(deny, "spec", "policyTypes")))
                .containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(Yaml.map(deny.get("spec"))).doesNotContainKeys("ingress", "egress");
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void onlyTheServicesCallersReachItAndOnlyOnItsPort(Overlay it) {
        Map<String, Object> policy = it.object("NetworkPolicy");
        List<Object> rules = Yaml.list(Yaml.at(policy, "spec", "ingress"));
        Set<String> namespaces = new TreeSet<>();
        for (Object rule : rules) {
            Map<String, Object> ingress = Yaml.map(rule);
            assertThat(ports(ingress)).containsExactly("TCP/" + it.httpPort());
            for (Object peer : Yaml.list(ingress.get("from"))) {
                namespaces.add(namespaceOf(Yaml.map(peer)));
            }
        }

        assertThat(Manifests.selects(Yaml.map(Yaml.at(policy, "spec", "podSelector",
                "matchLabels")), Manifests.podLabels(it.deployment()))).isTrue();
        assertThat(Yaml.list(Yaml.at(policy, "spec", "policyTypes")))
                .containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(rules).allSatisfy(rule -> assertThat(Yaml.map(rule)).containsKey("from"));
        assertThat(namespaces).isEqualTo(CALLERS.get(it.service()));
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void everyAddressTheServiceIsConfiguredWithIsReachable(Overlay it) {
        List<Map<String, Object>> egress = egress(it);

        for (String address : addresses(it.config())) {
            assertThat(allowedBy(egress, address)).as(it + " reaching " + address).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void nothingButDnsAndTheConfiguredAddressesIsReachable(Overlay it) {
        List<String> addresses = addresses(it.config());

        for (Map<String, Object> rule : egress(it)) {
            if (isDns(rule)) {
                continue;
            }
            for (String port : ports(rule)) {
                boolean used = addresses.stream().anyMatch(address ->
                        allowedBy(List.of(rule), address)
                        && port.endsWith("/" + address.substring(address.lastIndexOf(':') + 1)));
                assertThat(used).as(it + " may reach " + rule + " on " + port).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.practice2fa.deploy.Overlay#everyServiceOfEveryOverlay")
    void addressesOutsideTheClusterExcludePrivateRangesAndMetadata(Overlay it) {
        for (Map<String, Object> rule : egress(it)) {
            for (Object peer : Yaml.list(rule.get("to"))) {
                Map<String, Object> block = Yaml.map(Yaml.map(peer).get("ipBlock"));
                if (!block.isEmpty()) {
                    assertThat(Yaml.list(block.get("except"))).contains("10.0.0.0/8",
                            "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16");
                }
            }
        }
    }

    private static List<Map<String, Object>> egress(Overlay it) {
        return Yaml.list(Yaml.at(it.object("NetworkPolicy"), "spec", "egress")).stream()
                .map(Yaml::map)
                .toList();
    }

    /**
     * "TCP/host:port" for every address in a service's settings: the Kafka bootstrap servers,
     * the database, Redis, the SMTP relay and the SMS provider.
     */
    static List<String> addresses(Map<String, Object> config) {
        List<String> addresses = new ArrayList<>();
        Object kafka = config.get("KAFKA_BOOTSTRAP_SERVERS");
        if (kafka != null) {
            for (String server : kafka.toString().split(",")) {
                addresses.add(server.strip());
            }
        }
        for (String prefix : List.of("POSTGRES", "REDIS", "SMTP")) {
            if (config.containsKey(prefix + "_HOST")) {
                addresses.add(config.get(prefix + "_HOST") + ":" + config.get(prefix + "_PORT"));
            }
        }
        Object sms = config.get("SMS_PROVIDER_URL");
        if (sms != null) {
            URI uri = URI.create(sms.toString());
            int port = uri.getPort() > 0 ? uri.getPort()
                    : uri.getScheme().equals("https") ? 443 : 80;
            addresses.add(uri.getHost() + ":" + port);
        }
        return addresses;
    }

    private static boolean allowedBy(List<Map<String, Object>> rules, String address) {
        String host = address.substring(0, address.lastIndexOf(':'));
        String port = "TCP/" + address.substring(address.lastIndexOf(':') + 1);
        String[] labels = host.split("\\.");
        boolean inCluster = labels.length >= 3 && labels[2].equals("svc");
        for (Map<String, Object> rule : rules) {
            if (!ports(rule).contains(port)) {
                continue;
            }
            for (Object entry : Yaml.list(rule.get("to"))) {
                Map<String, Object> peer = Yaml.map(entry);
                if (inCluster && labels[1].equals(namespaceOf(peer))
                        && !peer.containsKey("podSelector")) {
                    return true;
                }
                if (!inCluster && peer.containsKey("ipBlock")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDns(Map<String, Object> rule) {
        List<Object> peers = Yaml.list(rule.get("to"));
        return peers.size() == 1
                && "kube-system".equals(namespaceOf(Yaml.map(peers.get(0))))
                && "kube-dns".equals(Yaml.text(Yaml.map(peers.get(0)), "podSelector",
                        "matchLabels", "k8s-app"))
                && Set.copyOf(ports(rule)).equals(Set.of("UDP/53", "TCP/53"));
    }

    private static String namespaceOf(Map<String, Object> peer) {
        return Yaml.text(peer, "namespaceSelector", "matchLabels", NAMESPACE_LABEL);
    }

    private static List<String> ports(Map<String, Object> rule) {
        return Yaml.list(rule.get("ports")).stream()
                .map(Yaml::map)
                .map(port -> port.get("protocol") + "/" + port.get("port"))
                .toList();
    }
}
