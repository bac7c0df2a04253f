package dev.practice2fa.deploy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** One service as one overlay renders it, for checks that run per overlay and service. */
record Overlay(String overlay, String service, List<Map<String, Object>> objects) {

    static Stream<Arguments> everyServiceOfEveryOverlay() {
        return Kustomize.OVERLAYS.stream()
                .flatMap(overlay -> Repository.SERVICES.stream()
                        .map(service -> Arguments.of(new Overlay(overlay, service,
                                Kustomize.render(overlay)))));
    }

    Map<String, Object> deployment() {
        return Manifests.named(objects, "Deployment", service);
    }

    Map<String, Object> container() {
        return Manifests.container(deployment());
    }

    Map<String, Object> object(String kind) {
        return Manifests.named(objects, kind, service);
    }

    /** The service's settings: its ConfigMap's entries. */
    Map<String, Object> config() {
        return Manifests.data(Manifests.configMapOf(objects, deployment()));
    }

    int httpPort() {
        return Integer.parseInt(String.valueOf(config().get("HTTP_PORT")));
    }

    @Override
    public String toString() {
        return service + " in " + overlay;
    }
}
