package dev.practice2fa.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Reads a rendered object into the typed Kubernetes model (fabric8's for the built-in kinds,
 * Strimzi's for KafkaTopic) and lists whatever the model does not know. The models keep a
 * field they do not know aside instead of failing, so every such leftover is searched for: a
 * misspelt or misplaced field is a problem, as the API server would reject or drop it.
 */
final class KubernetesModel {
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper STRIMZI = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private KubernetesModel() {
    }

    /** The problems found in one object; empty when it matches the schema of its kind. */
    static List<String> problems(Map<String, Object> object) {
        String where = Manifests.kind(object) + "/" + Manifests.name(object);
        Object typed;
        try {
            typed = typed(object);
        } catch (RuntimeException e) {
            return List.of(where + ": does not match its schema: " + e.getMessage());
        }
        if (typed instanceof GenericKubernetesResource) {
            return List.of(where + ": apiVersion " + object.get("apiVersion")
                    + " and kind are not a known Kubernetes type");
        }
        List<String> problems = new ArrayList<>();
        collectUnknownFields(typed, where, problems);
        return problems;
    }

    private static Object typed(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        if (apiVersion.startsWith("kafka.strimzi.io/")) {
            if (!"KafkaTopic".equals(Manifests.kind(object))) {
                throw new IllegalArgumentException("only KafkaTopic is expected from Strimzi");
            }
            return STRIMZI.convertValue(object, KafkaTopic.class);
        }
        String json = KUBERNETES.asJson(object);
        return KUBERNETES.unmarshal(json, KubernetesResource.class);
    }

    private static void collectUnknownFields(Object value, String path, List<String> problems) {
        if (value == null || value instanceof String || value instanceof Number
                || value instanceof Boolean || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknownFields(item, path + "." + key, problems));
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + index++ + "]", problems);
            }
            return;
        }
        if (isModel(value.getClass())) {
            collectFromModel(value, path, problems);
        }
    }

    private static void collectFromModel(Object model, String path, List<String> problems) {
        Set<String> visited = new HashSet<>();
        for (Method getter : model.getClass().getMethods()) {
            if (!isProperty(getter) || !visited.add(getter.getName())) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(model);
            } catch (IllegalAccessException | InvocationTargetException e) {
                problems.add(path + "." + propertyName(getter) + ": unreadable: " + e.getCause());
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + unknown.keySet());
                }
                continue;
            }
            collectUnknownFields(value, path + "." + propertyName(getter), problems);
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.") || name.startsWith("io.strimzi.api.");
    }

    private static boolean isProperty(Method method) {
        return method.getParameterCount() == 0
                && !method.isBridge()
                && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get")
                && !method.getName().equals("getClass")
                && method.getReturnType() != void.class
                && isModel(method.getDeclaringClass());
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
