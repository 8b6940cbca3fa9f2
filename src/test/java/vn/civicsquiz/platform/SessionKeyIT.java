package vn.civicsquiz.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app refuses to start without a session key, in one sentence that says what to set: with a key
 * made up per instance, sessions would not move between instances and a logged key would let anyone forge one.
 */
class SessionKeyIT {

    @Test
    void withoutASessionKeyTheAppDoesNotStartAndSaysWhatToSet() throws Exception {
        PackagedApp.Exit exit = PackagedApp.start(Map.of(
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/never-reached"))
                .awaitExit(Duration.ofSeconds(120));
        assertThat(exit.code()).isNotZero();
        assertThat(exit.log()).contains("No session key: set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY")
                .doesNotContainIgnoringCase("temporary key");
    }

    @Test
    void aShortSessionKeyIsRefusedToo() throws Exception {
        PackagedApp.Exit exit = PackagedApp.start(Map.of(
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "short-key",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/never-reached"))
                .awaitExit(Duration.ofSeconds(120));
        assertThat(exit.code()).isNotZero();
        assertThat(exit.log()).contains("too short").doesNotContain("short-key");
    }
}
