package vn.civicsquiz.game;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells every instance that a game changed: a PostgreSQL NOTIFY on {@value #CHANNEL} once the changing transaction
 * has committed (a rolled-back change tells nothing), once per game however often the transaction fired it.
 * {@link GameListener} on each instance hears it and pushes to that instance's screens.
 * <p>
 * The NOTIFY is not sent inside the changing transaction: PostgreSQL serialises every committing transaction that
 * notified, in the whole database, until its commit is flushed to disk, so twenty hosts pressing "start" at once
 * (or answers in twenty games) would commit one after the other. Instead one thread sends the waiting changes,
 * several games in one statement, on a connection of its own whose commits do not wait for the disk (a
 * notification is no data: lost in a crash, the screens refresh with the next change or by themselves).
 */
@ApplicationScoped
public class GameNews {

    public static final String CHANNEL = "game_changed";
    /** The payload's suffix of a change only hosts' screens show: "42:h" (else just "42"). */
    static final String HOSTS_ONLY = ":h";

    /** Games changed and not yet told, each with whether its players' screens show the change. */
    private final Map<Long, Boolean> waiting = new LinkedHashMap<>();
    private final ConnectionLoop sender = new ConnectionLoop("game-news", this::send);

    void start(@Observes StartupEvent event) {
        sender.start();
    }

    void stop(@Observes ShutdownEvent event) {
        sender.stop();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GameChanged changed) {
        synchronized (waiting) {
            waiting.merge(changed.gameId(), changed.playersToo(), Boolean::logicalOr);
            waiting.notifyAll();
        }
    }

    private void send(Connection connection) throws SQLException, InterruptedException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit TO off");
        }
        try (PreparedStatement notify = connection.prepareStatement(
                "SELECT pg_notify(?, payload) FROM unnest(?) AS payload")) {
            notify.setString(1, CHANNEL);
            while (sender.running()) {
                Map<Long, Boolean> changes = next();
                try {
                    notify.setArray(2, connection.createArrayOf("text", payloads(changes)));
                    notify.execute();
                } catch (SQLException e) {
                    putBack(changes);
                    throw e;
                }
            }
        }
    }

    /** Waits for changes and takes all of them. */
    private Map<Long, Boolean> next() throws InterruptedException {
        synchronized (waiting) {
            while (waiting.isEmpty()) {
                waiting.wait();
            }
            Map<Long, Boolean> changes = new LinkedHashMap<>(waiting);
            waiting.clear();
            return changes;
        }
    }

    private void putBack(Map<Long, Boolean> changes) {
        synchronized (waiting) {
            changes.forEach((game, playersToo) -> waiting.merge(game, playersToo, Boolean::logicalOr));
        }
    }

    private static String[] payloads(Map<Long, Boolean> changes) {
        return changes.entrySet().stream().map(c -> c.getKey() + (c.getValue() ? "" : HOSTS_ONLY))
                .toArray(String[]::new);
    }
}
