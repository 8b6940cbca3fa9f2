package vn.civicsquiz.platform.security;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * The packaged app does not start without a session encryption key. Without one Quarkus would make up a
 * temporary key per instance (and log it): sessions would not survive a restart or move between instances, and
 * anyone who read the log could forge a session cookie. Dev and test modes configure their own key.
 */
public class SessionKeyRequired implements ConfigSourceInterceptor {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    static final int MIN_LENGTH = 32;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (KEY.equals(name) && productionRuntime()) {
            String key = value == null ? null : value.getValue();
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("No session key: set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to "
                        + MIN_LENGTH + " or more random characters, the same on every instance, before starting the app.");
            }
            if (key.length() < MIN_LENGTH) {
                throw new IllegalStateException("The session key (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) is too short: "
                        + "use " + MIN_LENGTH + " or more random characters.");
            }
        }
        return value;
    }

    private static boolean productionRuntime() {
        ExecutionMode mode = ExecutionMode.current();
        return LaunchMode.current() == LaunchMode.NORMAL
                && (mode == ExecutionMode.RUNTIME_INIT || mode == ExecutionMode.RUNNING);
    }
}
