package dev.practice2fa.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service reads in the prod profile, taken from the
 * {@code ${NAME}} and {@code ${NAME:default}} expressions of its application.properties as the
 * file stands when the check runs.
 */
final class ServiceConfiguration {
    /** An expression's name, and whether a default follows it. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}${]+)([:}])");
    /** Configuration names are lower case; environment variables are upper case. */
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Set<String> read = new TreeSet<>();
    private final Set<String> required = new TreeSet<>();

    private ServiceConfiguration(Map<String, String> prodValues) {
        for (String value : prodValues.values()) {
            Matcher matcher = EXPRESSION.matcher(value);
            while (matcher.find()) {
                String name = matcher.group(1).trim();
                if (VARIABLE.matcher(name).matches()) {
                    read.add(name);
                    if (matcher.group(2).equals("}")) {
                        required.add(name);
                    }
                }
            }
        }
    }

    static ServiceConfiguration of(String service) {
        return parse(Repository.read(Repository.applicationProperties(service)));
    }

    static ServiceConfiguration parse(String properties) {
        return new ServiceConfiguration(prodValues(properties));
    }

    /** Every variable the service reads, with or without a default. */
    Set<String> read() {
        return read;
    }

    /** The variables without a default: the service cannot start in prod without them. */
    Set<String> required() {
        return required;
    }

    /**
     * The value each key has in the prod profile: a {@code %prod.} key (or one whose profile
     * list names prod) replaces the plain key; keys of other profiles only do not count.
     */
    static Map<String, String> prodValues(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> plain = new HashMap<>();
        Map<String, String> prod = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (!key.startsWith("%")) {
                plain.put(key, value);
                continue;
            }
            int dot = key.indexOf('.');
            Set<String> profiles = Set.copyOf(Arrays.asList(key.substring(1, dot).split(",")));
            if (profiles.contains("prod")) {
                prod.put(key.substring(dot + 1), value);
            }
        }
        plain.putAll(prod);
        return plain;
    }
}
