package vn.civicsquiz.game;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * LISTENs for {@link GameNews} on a connection of its own (outside the pool) in a daemon thread and hands each
 * changed game to {@link GameSockets}. After a lost connection it reconnects; screens missed nothing for good,
 * since every push carries the whole state and pages also refresh by themselves.
 * <p>
 * Pushes run on a few threads, games side by side (twenty classes playing at once do not wait for each other),
 * and one at a time per game: a change arriving while its game is being pushed is pushed once more afterwards,
 * with the state as it is then, so a phone never gets an older state after a newer one.
 * <p>
 * A change only the host's screen shows (a player joined or answered) is pushed at most every
 * {@link #HOSTS_ONLY_INTERVAL_MS} ms per game: 300 answers within seconds make a few pushes of the count on the
 * projector, not 300 reads of the whole game competing with the answers themselves. A change the players see goes
 * out at once and carries the host's count with it.
 */
@ApplicationScoped
public class GameListener {

    private static final Logger LOG = Logger.getLogger(GameListener.class);

    private static final int PUSHERS = 8;
    static final long HOSTS_ONLY_INTERVAL_MS = 250;

    private final GameSockets sockets;
    private final java.util.Map<Long, Boolean> waiting = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<Long> pushing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** When each game's last push began (System.nanoTime), while it has screens here. */
    private final java.util.Map<Long, Long> lastPush = new java.util.concurrent.ConcurrentHashMap<>();
    /** Games whose hosts-only change waits for its interval to pass. */
    private final java.util.Set<Long> delayed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ScheduledExecutorService delayer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "game-push-delay");
                t.setDaemon(true);
                return t;
            });
    private final java.util.concurrent.ExecutorService pushers = java.util.concurrent.Executors.newFixedThreadPool(
            PUSHERS, task -> {
                Thread t = new Thread(task, "game-push");
                t.setDaemon(true);
                return t;
            });
    private final ConnectionLoop listener = new ConnectionLoop("game-listener", this::listen);

    public GameListener(GameSockets sockets) {
        this.sockets = sockets;
    }

    void start(@Observes StartupEvent event) {
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        listener.stop();
        pushers.shutdownNow();
        delayer.shutdownNow();
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + GameNews.CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (listener.running()) {
            PGNotification[] notifications = pg.getNotifications(1000);
            if (notifications != null) {
                pushAll(notifications);
            }
        }
    }

    /** One push per game however many changes arrived together, to the players too if any change was theirs. */
    private void pushAll(PGNotification[] notifications) {
        java.util.Map<Long, Boolean> playersToo = new java.util.LinkedHashMap<>();
        for (PGNotification n : notifications) {
            String payload = n.getParameter();
            boolean hostsOnly = payload.endsWith(GameNews.HOSTS_ONLY);
            long gameId = Long.parseLong(hostsOnly ? payload.substring(0, payload.length() - 2) : payload);
            playersToo.merge(gameId, !hostsOnly, Boolean::logicalOr);
        }
        playersToo.forEach(this::schedule);
    }

    private void schedule(long gameId, boolean playersToo) {
        waiting.merge(gameId, playersToo, Boolean::logicalOr);
        kick(gameId);
    }

    /**
     * Starts a push of the game if a change waits and none is running (only one drain per game at a time); a
     * hosts-only change within the interval after the last push waits for the interval's end.
     */
    private void kick(long gameId) {
        Boolean playersToo = waiting.get(gameId);
        if (playersToo == null) {
            return;
        }
        if (!playersToo) {
            Long last = lastPush.get(gameId);
            long wait = last == null ? 0
                    : last + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(HOSTS_ONLY_INTERVAL_MS) - System.nanoTime();
            if (wait > 0) {
                if (delayed.add(gameId)) {
                    delayer.schedule(() -> {
                        delayed.remove(gameId);
                        kick(gameId);
                    }, wait, java.util.concurrent.TimeUnit.NANOSECONDS);
                }
                return;
            }
        }
        if (pushing.add(gameId)) {
            pushers.execute(() -> drain(gameId));
        }
    }

    /** Pushes the game's waiting change, then looks again: a change that came in meanwhile is pushed next. */
    private void drain(long gameId) {
        try {
            Boolean playersToo = waiting.remove(gameId);
            if (playersToo != null) {
                lastPush.put(gameId, System.nanoTime());
                if (!push(gameId, playersToo)) {
                    lastPush.remove(gameId);
                }
            }
        } finally {
            pushing.remove(gameId);
            kick(gameId);
        }
    }

    /** @return whether the game has screens here */
    private boolean push(long gameId, boolean playersToo) {
        try {
            return sockets.push(gameId, playersToo);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Pushing game %d to its screens failed", gameId);
            return true;
        }
    }
}
