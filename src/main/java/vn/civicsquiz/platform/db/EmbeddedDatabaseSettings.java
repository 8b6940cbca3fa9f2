package vn.civicsquiz.platform.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/**
 * Settings of the embedded PostgreSQL. They are read by {@link EmbeddedPostgresConfigSourceFactory} before CDI
 * exists; this mapping documents and validates them.
 */
@ConfigMapping(prefix = "quiz.db.embedded")
public interface EmbeddedDatabaseSettings {

    /** Where the embedded server keeps its data (env QUIZ_DB_EMBEDDED_DATA_DIR). */
    Path dataDir();

    /** Set to false to forbid the embedded server even when no URL is configured. */
    @WithDefault("true")
    boolean enabled();
}
