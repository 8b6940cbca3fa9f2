package vn.civicsquiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Tells every instance that a game changed: a PostgreSQL NOTIFY on {@value #CHANNEL} sent in the changing
 * transaction, so it goes out only when that commits (and once, however often the transaction fires it).
 * {@link GameListener} on each instance hears it and pushes to that instance's screens.
 */
@ApplicationScoped
public class GameNews {

    public static final String CHANNEL = "game_changed";
    /** The payload's suffix of a change only hosts' screens show: "42:h" (else just "42"). */
    static final String HOSTS_ONLY = ":h";

    private final EntityManager em;

    public GameNews(EntityManager em) {
        this.em = em;
    }

    void notify(@Observes GameChanged changed) {
        em.createNativeQuery("SELECT pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                .setParameter(2, changed.gameId() + (changed.playersToo() ? "" : HOSTS_ONLY)).getSingleResult();
    }
}
