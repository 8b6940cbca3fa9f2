package vn.civicsquiz.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Starts and stops the embedded PostgreSQL server. One server per data directory and JVM: the port is kept in a
 * system property (a String, shared across the class loaders of dev-mode restarts) so a restart of the
 * application reuses the running server instead of fighting over the data directory.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String DATABASE = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private EmbeddedPostgresServer() {
    }

    static synchronized int ensureRunning(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        String portKey = "vn.civicsquiz.embedded-postgres.port." + dir;
        String knownPort = System.getProperty(portKey);
        if (knownPort != null && isListening(Integer.parseInt(knownPort))) {
            return Integer.parseInt(knownPort);
        }
        int port = start(dir);
        System.setProperty(portKey, Integer.toString(port));
        return port;
    }

    private static int start(Path dir) {
        try {
            Files.createDirectories(dir);
            StalePostmaster.stopIfRunning(dir);
            long began = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    // zonky tunes for throwaway test databases; this one keeps learners' answers
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (%d ms)", postgres.getPort(), dir,
                    (System.nanoTime() - began) / 1_000_000);
            return postgres.getPort();
        } catch (IOException | RuntimeException e) {
            String message = "Could not start the embedded PostgreSQL in " + dir + ": run the app as a non-root user "
                    + "(or where user namespaces are allowed), or configure an external database with "
                    + "QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.";
            LOG.error(message + " Cause: " + e.getMessage());
            throw new IllegalStateException(message, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A server left running by a killed JVM still holds the data directory; stop it before starting anew. */
    static final class StalePostmaster {

        private StalePostmaster() {
        }

        static void stopIfRunning(Path dir) throws IOException {
            Path pidFile = dir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
            if (process.isEmpty() || !process.get().isAlive() || !isPostgres(process.get())) {
                return;
            }
            LOG.warnf("Stopping a PostgreSQL server (pid %d) left running on %s by an earlier run",
                    process.get().pid(), dir);
            process.get().destroy();
            process.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }

        private static boolean isPostgres(ProcessHandle process) {
            return process.info().command().map(c -> c.contains("postgres")).orElse(false);
        }
    }
}
