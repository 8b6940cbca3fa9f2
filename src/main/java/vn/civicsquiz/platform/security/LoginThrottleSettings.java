package vn.civicsquiz.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many failed sign-ins are allowed within a window before 429: per client address and username, and per username. */
@ConfigMapping(prefix = "quiz.login")
public interface LoginThrottleSettings {

    @WithDefault("5")
    int maxFailures();

    @WithDefault("20")
    int maxFailuresPerAccount();

    @WithDefault("PT5M")
    Duration window();
}
