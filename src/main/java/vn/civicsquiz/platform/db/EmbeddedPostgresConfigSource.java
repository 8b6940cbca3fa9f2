package vn.civicsquiz.platform.db;

import io.quarkus.runtime.ExecutionMode;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Datasource settings pointing at the embedded server. The server starts on the first read of one of these
 * keys while the application starts at runtime; reads during the Quarkus build or static initialisation get
 * nothing, so building the app never starts PostgreSQL.
 */
class EmbeddedPostgresConfigSource implements ConfigSource {

    private static final String USER_KEY = "quarkus.datasource.username";
    private static final String PASSWORD_KEY = "quarkus.datasource.password";
    private static final Set<String> KEYS = Set.of(EmbeddedPostgresConfigSourceFactory.URL_KEY, USER_KEY, PASSWORD_KEY);

    private final Path dataDirectory;

    EmbeddedPostgresConfigSource(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public Set<String> getPropertyNames() {
        return KEYS;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEYS.contains(propertyName) || !applicationIsStarting()) {
            return null;
        }
        return switch (propertyName) {
            case USER_KEY -> EmbeddedPostgresServer.USER;
            case PASSWORD_KEY -> EmbeddedPostgresServer.PASSWORD;
            default -> "jdbc:postgresql://localhost:" + EmbeddedPostgresServer.ensureRunning(dataDirectory)
                    + "/" + EmbeddedPostgresServer.DATABASE;
        };
    }

    private static boolean applicationIsStarting() {
        ExecutionMode mode = ExecutionMode.current();
        return mode == ExecutionMode.RUNTIME_INIT || mode == ExecutionMode.RUNNING;
    }

    @Override
    public int getOrdinal() {
        return 1;
    }

    @Override
    public String getName() {
        return "embedded-postgresql";
    }
}
