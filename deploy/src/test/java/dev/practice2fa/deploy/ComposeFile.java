package dev.practice2fa.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** docker-compose.yml at the root, with anchors and merge keys resolved as compose does. */
final class ComposeFile {
    static final String FILE = "docker-compose.yml";

    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    static ComposeFile load() {
        return new ComposeFile(Yaml.document(Repository.read(FILE)));
    }

    Map<String, Object> root() {
        return root;
    }

    Map<String, Object> services() {
        return Yaml.map(root.get("services"));
    }

    Map<String, Object> service(String name) {
        Object service = services().get(name);
        if (service == null) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return Yaml.map(service);
    }

    Set<String> topLevelNames(String section) {
        return new TreeSet<>(Yaml.map(root.get(section)).keySet());
    }

    /** The service's environment section, in either of compose's two spellings. */
    Map<String, String> environment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(key.toString(), String.valueOf(value)));
        } else {
            for (Object entry : Yaml.list(environment)) {
                String[] parts = entry.toString().split("=", 2);
                variables.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return variables;
    }

    /** The env files the service reads, as paths relative to the root. */
    List<String> envFiles(String name) {
        Object envFile = service(name).get("env_file");
        List<String> files = new ArrayList<>();
        if (envFile instanceof String single) {
            files.add(single);
        } else {
            for (Object entry : Yaml.list(envFile)) {
                files.add(entry instanceof Map<?, ?> map ? map.get("path").toString()
                        : entry.toString());
            }
        }
        return files;
    }

    /**
     * Every variable the service's container gets: its environment section and the names of
     * its env files. The env files hold secrets and are never committed, so their names come
     * from the committed example beside each.
     */
    Set<String> variables(String name) {
        Set<String> names = new TreeSet<>(environment(name).keySet());
        for (String file : envFiles(name)) {
            names.addAll(EnvFile.names(Repository.path(file + ".example")));
        }
        return names;
    }

    /** Dependencies of the service, with the condition each is waited for with. */
    Map<String, String> dependsOn(String name) {
        Object dependsOn = service(name).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((key, value) -> conditions.put(key.toString(),
                    Yaml.text(Yaml.map(value), "condition")));
        } else {
            Yaml.list(dependsOn).forEach(key -> conditions.put(key.toString(), "service_started"));
        }
        return conditions;
    }

    static boolean exists(String relative) {
        return Files.exists(Repository.path(relative));
    }

    static Path path(String relative) {
        return Repository.path(relative);
    }
}
