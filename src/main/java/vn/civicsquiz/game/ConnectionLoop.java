package vn.civicsquiz.game;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A daemon thread that holds a database connection of its own (outside the pool) for the app's life and runs its
 * work on it; after a failure it connects again a second later, until the app stops.
 */
final class ConnectionLoop {

    /** The work on the connection; it returns or throws when the loop stops or the connection fails. */
    interface Work {
        void run(Connection connection) throws SQLException, InterruptedException;
    }

    private static final Logger LOG = Logger.getLogger(ConnectionLoop.class);
    private static final long RETRY_MS = 1000;

    private final String name;
    private final Work work;
    private final Object stopped = new Object();
    private volatile boolean running;
    private Thread thread;

    ConnectionLoop(String name, Work work) {
        this.name = name;
        this.work = work;
    }

    void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        synchronized (stopped) {
            stopped.notifyAll();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    boolean running() {
        return running;
    }

    private void loop() {
        while (running) {
            try (Connection connection = open()) {
                work.run(connection);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("%s: the database connection failed (%s); trying again in a second", name, e.getMessage());
                    if (!waitBeforeRetry()) {
                        return;
                    }
                }
            }
        }
    }

    /** @return false when the app stops meanwhile */
    private boolean waitBeforeRetry() {
        long until = System.nanoTime() + RETRY_MS * 1_000_000;
        synchronized (stopped) {
            for (long left = RETRY_MS; running && left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                try {
                    stopped.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return running;
    }

    private static Connection open() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        return DriverManager.getConnection(url, user, password);
    }
}
