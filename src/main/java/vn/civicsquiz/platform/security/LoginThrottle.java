package vn.civicsquiz.platform.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.content.text.TextNormaliser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Counts failed sign-ins in PostgreSQL (so every instance sees the same count) under three keys: the client
 * address alone (a generous limit: a school signs in from one address), the address with the username, and the
 * username alone (a client rotating addresses still reaches that limit). A
 * sign-in is counted as a failure before its password is checked, in one atomic statement, and the count is given
 * back when the password was right: parallel guesses cannot all slip through between a check and a count.
 * Plain JDBC in short transactions of its own, outside any the caller has open: it must count even when the
 * sign-in (or the password change) itself fails and rolls back.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String ACCOUNT_PREFIX = "account|";
    private static final String ADDRESS_PREFIX = "from|";

    private final AgroalDataSource dataSource;
    private final LoginThrottleSettings settings;

    public LoginThrottle(AgroalDataSource dataSource, LoginThrottleSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /**
     * The address alone (a client trying a new username each time, each costing a password check, still stops),
     * the address with the username, and the username alone.
     */
    public static List<String> keys(String address, String username) {
        String name = TextNormaliser.fold(username == null ? "" : username);
        name = name.length() > 100 ? name.substring(0, 100) : name;
        return List.of(ADDRESS_PREFIX + address, address + "|" + name, ACCOUNT_PREFIX + name);
    }

    /**
     * Counts one more attempt under each key in turn (the address's key first); true when one is over its limit,
     * and then the keys after it are left as they were.
     */
    public boolean reserve(List<String> keys) {
        return QuarkusTransaction.suspendingExisting().call(() -> reserveNow(keys));
    }

    private boolean reserveNow(List<String> keys) {
        String sql = """
                INSERT INTO login_throttle (client_key, window_start, failures) VALUES (?, now(), 1)
                ON CONFLICT (client_key) DO UPDATE SET
                  failures = CASE WHEN login_throttle.window_start <= now() - ?::interval THEN 1
                                  ELSE login_throttle.failures + 1 END,
                  window_start = CASE WHEN login_throttle.window_start <= now() - ?::interval THEN now()
                                      ELSE login_throttle.window_start END
                RETURNING failures""";
        String window = settings.window().toSeconds() + " seconds";
        boolean blocked = false;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (String key : keys) {
                s.setString(1, key);
                s.setString(2, window);
                s.setString(3, window);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    int limit = key.startsWith(ACCOUNT_PREFIX) ? settings.maxFailuresPerAccount()
                            : key.startsWith(ADDRESS_PREFIX) ? settings.maxFailuresPerAddress()
                            : settings.maxFailures();
                    if (r.getInt(1) > limit) {
                        // the keys after a refusing one are not counted: guesses one address may no longer make
                        // would otherwise go on filling the account's count and lock its owner out everywhere
                        blocked = true;
                        break;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle unavailable", e);
        }
        return blocked;
    }

    /** Gives back the attempt counted by {@link #reserve}: it was not a failure. */
    public void release(List<String> keys) {
        if (!keys.isEmpty()) {
            QuarkusTransaction.suspendingExisting().run(() -> releaseNow(keys));
        }
    }

    private void releaseNow(List<String> keys) {
        String sql = "UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE client_key = ANY (?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", keys.toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("login throttle unavailable", e);
        }
    }

    public long retryAfterSeconds() {
        return settings.window().toSeconds();
    }
}
