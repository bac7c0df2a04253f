package dev.practice2fa.notification.sms;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

/** Makes the provider named in configuration the {@link SmsProvider} everyone else injects. */
@ApplicationScoped
public class SmsProviderSelector {
    @Produces
    @ApplicationScoped
    SmsProvider selected(@Any Instance<SmsProvider> providers, SmsConfig config) {
        Instance<SmsProvider> named = providers.select(Identifier.Literal.of(config.provider()));
        if (!named.isResolvable()) {
            throw new IllegalStateException("No SMS provider is named '" + config.provider()
                    + "' (notification.sms.provider)");
        }
        return named.get();
    }

    /**
     * Fails startup when the provider is unknown or unconfigured, ahead of the Kafka consumers
     * (which start at {@code LIBRARY_BEFORE}), so that no record is taken in while it fails.
     */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
            SmsProvider provider) {
        Log.infof("Text messages go through the SMS provider '%s'", provider.name());
    }
}
