package vn.civicsquiz.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures seen when PostgreSQL stops or the pool runs dry are "unavailable" (503), others are bugs. */
class DatabaseUnavailableTest {

    @Test
    void shutdownLostConnectionAndPoolTimeoutAreUnavailable() {
        assertThat(DatabaseUnavailable.isCause(wrapped(new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(wrapped(new SQLException("the database system is starting up",
                "57P03")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(wrapped(new SQLException("An I/O error occurred", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(wrapped(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertThat(DatabaseUnavailable.isCause(wrapped(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
    }

    private static RuntimeException wrapped(SQLException e) {
        return new RuntimeException("JDBC exception executing SQL", e);
    }
}
