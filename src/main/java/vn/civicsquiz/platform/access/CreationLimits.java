package vn.civicsquiz.platform.access;

import io.vertx.ext.web.RoutingContext;
import vn.civicsquiz.platform.problem.Say;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;

/**
 * Limits what one client address may create without an account: guests, accounts, class-code guesses. Counted in
 * PostgreSQL with one atomic upsert per request (no check-then-record race), so every instance shares the count.
 * The address is the one the trusted proxy saw (quarkus.http.proxy.*), else the connection's.
 */
@ApplicationScoped
public class CreationLimits {

    public static final String GUEST = "guest";
    public static final String ACCOUNT = "account";
    public static final String JOIN = "join";

    private final EntityManager em;
    private final CreationLimitSettings settings;
    private final Instance<RoutingContext> request;

    public CreationLimits(EntityManager em, CreationLimitSettings settings, Instance<RoutingContext> request) {
        this.em = em;
        this.settings = settings;
        this.request = request;
    }

    /** Counts one creation of this kind for the client of the current request. @throws TooManyRequests 429 */
    public void take(String kind) {
        CreationLimitSettings.Limit limit = switch (kind) {
            case GUEST -> settings.guests();
            case ACCOUNT -> settings.accounts();
            case JOIN -> settings.joins();
            default -> throw new IllegalArgumentException("unknown limit " + kind);
        };
        take(kind, clientAddress(), limit.max(), limit.window());
    }

    /** Counts one for (kind, client) in a fixed window; the (max + 1)-th within the window is refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void take(String kind, String client, int max, Duration window) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        INSERT INTO creation_limit AS c (kind, client, window_start, used) VALUES (?1, ?2, now(), 1)
                        ON CONFLICT (kind, client) DO UPDATE SET
                            used = CASE WHEN c.window_start <= now() - make_interval(secs => ?3) THEN 1
                                        ELSE c.used + 1 END,
                            window_start = CASE WHEN c.window_start <= now() - make_interval(secs => ?3) THEN now()
                                                ELSE c.window_start END
                        RETURNING used, extract(epoch FROM (c.window_start + make_interval(secs => ?3) - now()))""")
                .setParameter(1, kind).setParameter(2, client).setParameter(3, (double) window.toSeconds())
                .getSingleResult();
        int used = ((Number) row[0]).intValue();
        if (used > max) {
            // now() is each transaction's start: one that waited on the row lock can see the window end a moment
            // beyond its full length, so the wait is bounded to the window.
            long retryAfter = Math.max(1, Math.min(window.toSeconds(),
                    (long) Math.ceil(((Number) row[1]).doubleValue())));
            Say what = describe(kind);
            throw new TooManyRequests(new Say("Quá nhiều " + what.vietnamese() + " từ địa chỉ này; hãy thử lại sau "
                    + retryAfter + " giây", "Too many " + what.english() + " from this address; try again in "
                    + retryAfter + " s"), retryAfter);
        }
    }

    private String clientAddress() {
        if (request.isResolvable()) {
            try {
                return vn.civicsquiz.platform.security.ClientAddress.of(request.get());
            } catch (RuntimeException outsideARequest) {
                return "internal";
            }
        }
        return "internal";
    }

    private static Say describe(String kind) {
        return switch (kind) {
            case GUEST -> new Say("khách mới", "new guests");
            case ACCOUNT -> new Say("tài khoản mới", "new accounts");
            default -> new Say("lần thử vào lớp", "class join tries");
        };
    }
}
