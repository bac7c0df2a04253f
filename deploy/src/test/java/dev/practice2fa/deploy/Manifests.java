package dev.practice2fa.deploy;

import java.util.List;
import java.util.Map;

/** Look-ups into rendered Kubernetes objects, kept as plain maps. */
final class Manifests {
    private Manifests() {
    }

    static String kind(Map<String, Object> object) {
        return Yaml.text(object, "kind");
    }

    static String name(Map<String, Object> object) {
        return Yaml.text(object, "metadata", "name");
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream()
                .filter(object -> kind.equals(kind(object)))
                .toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream()
                .filter(object -> kind.equals(kind(object)) && name.equals(name(object)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The single container of a Deployment's pods. */
    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = Yaml.list(podSpec(deployment).get("containers"));
        if (containers.size() != 1) {
            throw new AssertionError(name(deployment) + " should run exactly one container");
        }
        return Yaml.map(containers.get(0));
    }

    static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return Yaml.map(Yaml.at(deployment, "spec", "template", "spec"));
    }

    static Map<String, Object> podLabels(Map<String, Object> deployment) {
        return Yaml.map(Yaml.at(deployment, "spec", "template", "metadata", "labels"));
    }

    /** True when every label of the selector is on the pod with the same value. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** The ConfigMap a Deployment's container takes its environment from. */
    static Map<String, Object> configMapOf(List<Map<String, Object>> objects,
            Map<String, Object> deployment) {
        List<Object> sources = Yaml.list(container(deployment).get("envFrom"));
        if (sources.size() != 1) {
            throw new AssertionError(name(deployment) + " should read exactly one ConfigMap");
        }
        String configMap = Yaml.text(Yaml.map(sources.get(0)), "configMapRef", "name");
        return named(objects, "ConfigMap", configMap);
    }

    static Map<String, Object> data(Map<String, Object> configMap) {
        return Yaml.map(configMap.get("data"));
    }
}
