package dev.practice2fa.challenge.topics;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the topics this service owns, when missing, with the settings they need: codes to send
 * are kept one hour at most, since every code has expired by then. Runs beside startup, so that
 * a broker still starting delays nothing; a topic missing after that is created on first use
 * with the broker's defaults.
 */
@ApplicationScoped
public class TopicSetup {
    private static final String ONE_HOUR_MILLIS = "3600000";

    private final String bootstrapServers;

    public TopicSetup(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent start) {
        CompletableFuture.runAsync(this::createMissingTopics);
    }

    void createMissingTopics() {
        // Partitions and replication follow the broker's defaults, which suit its cluster size.
        List<NewTopic> topics = List.of(
                new NewTopic("otp-deliveries", Optional.empty(), Optional.empty())
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, ONE_HOUR_MILLIS)),
                new NewTopic("two-factor-security-events", Optional.empty(), Optional.empty()));
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        try (Admin admin = Admin.create(config)) {
            for (NewTopic topic : topics) {
                create(admin, topic);
            }
        }
    }

    private static void create(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            Log.infof("Topic %s created", topic.name());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                Log.warnf("Topic %s not created: %s", topic.name(),
                        e.getCause().getClass().getSimpleName());
            }
        } catch (TimeoutException e) {
            Log.warnf("Topic %s not created: the broker did not answer in time", topic.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
