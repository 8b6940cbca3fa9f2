package vn.civicsquiz.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many failed sign-ins a client may make for one username within a window before it gets 429. */
@ConfigMapping(prefix = "quiz.login")
public interface LoginThrottleSettings {

    @WithDefault("5")
    int maxFailures();

    @WithDefault("PT5M")
    Duration window();
}
