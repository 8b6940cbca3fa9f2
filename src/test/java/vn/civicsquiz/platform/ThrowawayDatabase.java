package vn.civicsquiz.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh database for packaged apps started by an IT, dropped at the end: on the PostgreSQL server of the test
 * run when QUARKUS_DATASOURCE_JDBC_URL names one, else on an embedded PostgreSQL started for it (as the app
 * itself does when no database is configured) and stopped, with its files removed, at the end.
 */
final class ThrowawayDatabase implements AutoCloseable {

    final String url;
    private final String serverUrl;
    private final String name;
    private final String user;
    private final String password;
    private EmbeddedPostgres embedded;
    private Path embeddedDir;

    private ThrowawayDatabase(String serverUrl, String name, String user, String password) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.user = user;
        this.password = password;
        this.url = serverUrl + name;
    }

    static ThrowawayDatabase create(String prefix) throws SQLException, IOException {
        String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        EmbeddedPostgres embedded = null;
        Path embeddedDir = null;
        if (configured == null || configured.isBlank()) {
            embeddedDir = Files.createTempDirectory("civics-quiz-it-pg");
            embedded = EmbeddedPostgres.builder().setDataDirectory(embeddedDir).setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60)).start();
            configured = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
        }
        String serverUrl = configured.substring(0, configured.lastIndexOf('/') + 1);
        String user = embedded != null ? "postgres" : System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
        String password = embedded != null ? "postgres" : System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        String name = prefix + "_" + Long.toString(System.currentTimeMillis(), 36) + "_" + ProcessHandle.current().pid();
        ThrowawayDatabase db = new ThrowawayDatabase(serverUrl, name, user, password);
        db.embedded = embedded;
        db.embeddedDir = embeddedDir;
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password)) {
            c.createStatement().execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return db;
    }

    /** The environment that points a packaged app at this database. */
    Map<String, String> appEnvironment() {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_DATASOURCE_PASSWORD", password);
    }

    long count(String sql, Object... params) throws SQLException {
        return ((Number) rows(sql, params).get(0)[0]).longValue();
    }

    List<Object[]> rows(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } finally {
            if (embedded != null) {
                embedded.close(); // removes its data directory (setCleanDataDirectory); the folder may remain
                if (Files.exists(embeddedDir)) try (var files = Files.walk(embeddedDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
