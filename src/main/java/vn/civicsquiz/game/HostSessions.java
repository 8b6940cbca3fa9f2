package vn.civicsquiz.game;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A host's screen lives as long as the teacher's sign-in: a socket opened before the account's last logout or
 * password change (on any instance: the account row says when) is closed at the next look, every
 * {@code quiz.game.host-session-check} (30 s), so a screen left open on a classroom computer stops showing the game.
 */
@ApplicationScoped
public class HostSessions {

    static final UserData.TypedKey<Long> ACCOUNT = UserData.TypedKey.forLong("host-account");
    static final UserData.TypedKey<Long> OPENED_AT = UserData.TypedKey.forLong("host-opened-at");
    private static final Logger LOG = Logger.getLogger(HostSessions.class);

    private final Set<WebSocketConnection> open = ConcurrentHashMap.newKeySet();
    private final EntityManager em;
    private final Vertx vertx;
    private final Duration every;
    private long timer = -1;

    public HostSessions(EntityManager em, Vertx vertx,
                        @ConfigProperty(name = "quiz.game.host-session-check", defaultValue = "30s") Duration every) {
        this.em = em;
        this.vertx = vertx;
        this.every = every;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(every.toMillis(), id -> {
            if (!open.isEmpty()) {
                vertx.executeBlocking(() -> {
                    closeEnded();
                    return null;
                }, false);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    void opened(WebSocketConnection connection, long accountId) {
        connection.userData().put(ACCOUNT, accountId);
        connection.userData().put(OPENED_AT, Instant.now().toEpochMilli());
        open.add(connection);
    }

    void closed(WebSocketConnection connection) {
        open.remove(connection);
    }

    /** One statement for every open host screen here: each account's moment its sessions were last ended. */
    @Transactional
    void closeEnded() {
        open.removeIf(WebSocketConnection::isClosed);
        List<Long> accounts = open.stream().map(c -> c.userData().get(ACCOUNT)).distinct().toList();
        if (accounts.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, sessions_valid_from FROM account WHERE id IN (:ids)")
                .setParameter("ids", accounts).getResultList();
        Set<Long> existing = new java.util.HashSet<>();
        Map<Long, Long> validFrom = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            existing.add(id);
            if (row[1] != null) {
                validFrom.put(id, toInstant(row[1]).toEpochMilli());
            }
        }
        for (WebSocketConnection connection : open) {
            Long account = connection.userData().get(ACCOUNT);
            Long from = validFrom.get(account);
            Long opened = connection.userData().get(OPENED_AT);
            if (!existing.contains(account) || (from != null && opened != null && opened < from)) {
                LOG.debugf("Closing a host screen signed in before its account's sessions ended");
                connection.close(new CloseReason(4401, "signed out")).subscribe().with(ok -> { }, e -> { });
                open.remove(connection);
            }
        }
    }

    private static Instant toInstant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : value instanceof Instant i ? i
                : ((java.sql.Timestamp) value).toInstant();
    }
}
