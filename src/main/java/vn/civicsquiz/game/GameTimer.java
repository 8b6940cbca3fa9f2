package vn.civicsquiz.game;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes a question when its time is up, so that screens learn of it without asking. Only for the news: whether
 * a question is open is always decided from its closes_at ({@link Game#stateAt}), timer or not.
 */
@ApplicationScoped
public class GameTimer {

    private static final Logger LOG = Logger.getLogger(GameTimer.class);

    private final Clock clock;
    private final Instance<GameHost> host;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "game-timer");
        t.setDaemon(true);
        return t;
    });

    public GameTimer(Clock clock, Instance<GameHost> host) {
        this.clock = clock;
        this.host = host;
    }

    /** The pending close of each game's open question (one at most: a game has one question open at a time). */
    private final java.util.Map<Long, java.util.concurrent.ScheduledFuture<?>> pending =
            new java.util.concurrent.ConcurrentHashMap<>();

    void closeAt(long gameId, int index, Instant closesAt) {
        long delay = Math.max(0, Duration.between(clock.instant(), closesAt).toMillis()) + 50;
        java.util.concurrent.ScheduledFuture<?> previous = pending.put(gameId, scheduler.schedule(() -> {
            try {
                host.get().closeIfDone(gameId, index);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Closing question %d of game %d on time failed; it is closed on the next read", index,
                        gameId);
            }
        }, delay, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Forgets the pending close of a question closed or a game ended before its time was up. */
    void cancel(long gameId) {
        java.util.concurrent.ScheduledFuture<?> close = pending.remove(gameId);
        if (close != null) {
            close.cancel(false);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }
}
