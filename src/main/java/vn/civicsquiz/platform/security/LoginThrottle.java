package vn.civicsquiz.platform.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Counts failed sign-ins per client address and username in PostgreSQL (so every instance sees the same count)
 * and says when a client must wait. Plain JDBC in its own short transaction: it must count even when the sign-in
 * itself fails.
 */
@ApplicationScoped
public class LoginThrottle {

    private final AgroalDataSource dataSource;
    private final LoginThrottleSettings settings;

    public LoginThrottle(AgroalDataSource dataSource, LoginThrottleSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    public boolean isBlocked(String clientKey) {
        String sql = "SELECT failures FROM login_throttle WHERE client_key = ? AND window_start > now() - ?::interval";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, clientKey);
            s.setString(2, settings.window().toSeconds() + " seconds");
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) >= settings.maxFailures();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle unavailable", e);
        }
    }

    public void recordFailure(String clientKey) {
        String sql = """
                INSERT INTO login_throttle (client_key, window_start, failures) VALUES (?, now(), 1)
                ON CONFLICT (client_key) DO UPDATE SET
                  failures = CASE WHEN login_throttle.window_start <= now() - ?::interval THEN 1
                                  ELSE login_throttle.failures + 1 END,
                  window_start = CASE WHEN login_throttle.window_start <= now() - ?::interval THEN now()
                                      ELSE login_throttle.window_start END""";
        String window = settings.window().toSeconds() + " seconds";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, clientKey);
            s.setString(2, window);
            s.setString(3, window);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle unavailable", e);
        }
    }

    public long retryAfterSeconds() {
        return settings.window().toSeconds();
    }
}
