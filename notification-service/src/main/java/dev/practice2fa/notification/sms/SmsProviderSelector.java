package dev.practice2fa.notification.sms;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

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

    /** Fails startup, rather than the first code, when the provider is unknown or unconfigured. */
    void check(@Observes StartupEvent event, SmsProvider provider) {
        Log.infof("Text messages go through the SMS provider '%s'", provider.name());
    }
}
