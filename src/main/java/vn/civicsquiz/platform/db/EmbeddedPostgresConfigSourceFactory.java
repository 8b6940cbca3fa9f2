package vn.civicsquiz.platform.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Supplies the datasource URL of an embedded PostgreSQL when none is configured, so that the app runs with
 * nothing but a JDK. A configured {@code quarkus.datasource.jdbc.url} (for example from
 * {@code QUARKUS_DATASOURCE_JDBC_URL}) always wins and then no embedded server is ever started.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR_KEY = "quiz.db.embedded.data-dir";
    static final String ENABLED_KEY = "quiz.db.embedded.enabled";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL_KEY)) || "false".equalsIgnoreCase(valueOf(context.getValue(ENABLED_KEY)))) {
            return List.of();
        }
        return List.of(new EmbeddedPostgresConfigSource(dataDirectory(context)));
    }

    @Override
    public OptionalInt getPriority() {
        // Lowest priority: any other source that defines the datasource keys wins over the embedded server.
        return OptionalInt.of(1);
    }

    private static Path dataDirectory(ConfigSourceContext context) {
        String configured = valueOf(context.getValue(DATA_DIR_KEY));
        if (configured == null || configured.isBlank() || configured.contains("${")) {
            return Path.of(System.getProperty("user.home"), ".civics-quiz", "pgdata");
        }
        return Path.of(configured);
    }

    private static boolean isSet(ConfigValue value) {
        String v = valueOf(value);
        return v != null && !v.isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }
}
