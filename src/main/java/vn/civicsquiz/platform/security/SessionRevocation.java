package vn.civicsquiz.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A browser session is good only while its account says so: a session signed in before the account's last
 * logout or password change is refused, on every instance, however long its cookie would still last. Sessions
 * also learn their account's id here, in the same one-row read.
 */
@ApplicationScoped
public class SessionRevocation implements SecurityIdentityAugmentor {

    /** Set on a session whose account still has the one-time password a class roster gave it. */
    public static final String PASSWORD_MUST_CHANGE = "quiz.password-must-change";

    private final Sessions sessions;

    public SessionRevocation(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        if (identity.isAnonymous() || identity.getAttribute(SignInGate.ACCOUNT_ID) != null
                || attributes.containsKey(SignInGate.PASSED_GATE)) {
            return Uni.createFrom().item(identity); // a password sign-in: checked just now
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            Sessions.Account account = sessions.account(username)
                    .orElseThrow(() -> new AuthenticationFailedException("account gone"));
            Optional<Instant> signedIn = SessionMarks.signedInAt(http, username);
            if (signedIn.isEmpty() || (account.validFrom() != null && signedIn.get().isBefore(account.validFrom()))) {
                throw new AuthenticationFailedException("session ended by logout or password change");
            }
            var augmented = QuarkusSecurityIdentity.builder(identity).addAttribute(SignInGate.ACCOUNT_ID, account.id());
            if (account.passwordMustChange()) {
                augmented.addAttribute(PASSWORD_MUST_CHANGE, Boolean.TRUE);
            }
            return augmented.build();
        });
    }

    /** The account rows behind sessions. */
    @ApplicationScoped
    public static class Sessions {

        record Account(long id, Instant validFrom, boolean passwordMustChange) {
        }

        private final EntityManager em;

        public Sessions(EntityManager em) {
            this.em = em;
        }

        @Transactional
        Optional<Account> account(String username) {
            List<?> rows = em.createNativeQuery("SELECT id, sessions_valid_from, password_must_change FROM account WHERE username = ?1")
                    .setParameter(1, username).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = (Object[]) rows.get(0);
            Object from = row[1];
            Instant validFrom = from == null ? null : from instanceof OffsetDateTime o ? o.toInstant()
                    : from instanceof Instant i ? i : ((java.sql.Timestamp) from).toInstant();
            return Optional.of(new Account(((Number) row[0]).longValue(), validFrom, Boolean.TRUE.equals(row[2])));
        }

        /**
         * Ends every session of the account signed in until now, on every instance, and returns that moment (in
         * whole milliseconds, as session marks carry it: a browser marked at it afterwards keeps its session).
         */
        @Transactional
        public Instant endAll(long accountId) {
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            em.createNativeQuery("UPDATE account SET sessions_valid_from = ?2 WHERE id = ?1")
                    .setParameter(1, accountId)
                    .setParameter(2, now.atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
            return now;
        }
    }
}
