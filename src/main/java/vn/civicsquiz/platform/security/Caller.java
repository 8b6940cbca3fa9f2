package vn.civicsquiz.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.Role;

import java.util.List;

/** Who is asking: the one place that turns the request's security identity into an account. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final EntityManager em;
    private Long accountId;

    public Caller(SecurityIdentity identity, EntityManager em) {
        this.identity = identity;
        this.em = em;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isTeacher() {
        return identity.hasRole(Role.TEACHER);
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /**
     * The signed-in account's id, or null for an anonymous request. Password sign-ins carry it; a form-login
     * session names only the username, so it is looked up once per request, in a short transaction of its own.
     */
    @Transactional
    public Long accountId() {
        if (identity.isAnonymous()) {
            return null;
        }
        if (accountId == null) {
            Long carried = identity.getAttribute(SignInGate.ACCOUNT_ID);
            accountId = carried != null ? carried : lookUp(identity.getPrincipal().getName());
        }
        return accountId;
    }

    private Long lookUp(String username) {
        List<?> ids = em.createQuery("SELECT a.id FROM Account a WHERE a.username = ?1")
                .setParameter(1, username).getResultList();
        return ids.isEmpty() ? null : (Long) ids.get(0);
    }
}
