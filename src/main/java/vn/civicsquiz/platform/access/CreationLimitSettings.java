package vn.civicsquiz.platform.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many guests, accounts and class-code tries one client address may make per window before 429. */
@ConfigMapping(prefix = "quiz.limits")
public interface CreationLimitSettings {

    Limit guests();

    Limit accounts();

    Limit joins();

    interface Limit {
        int max();

        Duration window();
    }
}
