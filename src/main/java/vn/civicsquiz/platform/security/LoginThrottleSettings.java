package vn.civicsquiz.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many failed sign-ins are allowed within a window before 429: per address, per address and username, and per username. */
@ConfigMapping(prefix = "quiz.login")
public interface LoginThrottleSettings {

    @WithDefault("5")
    int maxFailures();

    @WithDefault("20")
    int maxFailuresPerAccount();

    /**
     * Failures from one address whatever the usernames: each costs a password check (an unknown name as much as a
     * known one), so a client inventing names would otherwise keep the processors busy without end.
     */
    @WithDefault("50")
    int maxFailuresPerAddress();

    @WithDefault("PT5M")
    Duration window();
}
