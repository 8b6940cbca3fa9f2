package vn.civicsquiz.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.ProblemException;

import java.util.List;

/**
 * The rules beyond "is a teacher" (which {@code @RolesAllowed} checks), in one place: only an administrator creates
 * teacher accounts and sets another teacher's password; a teacher who is not one sees only the learners of their own
 * classes. Administrators are accounts with {@code account.admin}; the first teacher is one.
 */
@ApplicationScoped
public class Permissions {

    private final EntityManager em;

    public Permissions(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public boolean isAdmin(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT admin FROM account WHERE id = ?1").setParameter(1, accountId)
                .getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** @throws ProblemException 403 unless the caller is an administrator or the new account is a learner's */
    public void mayCreateAccount(long callerId, String role) {
        if (!Role.LEARNER.equals(role) && !isAdmin(callerId)) {
            throw forbidden("Only an administrator creates teacher accounts");
        }
    }

    /** @throws ProblemException 403 when a teacher who is not an administrator sets another teacher's password */
    @Transactional
    public void mayResetPassword(long callerId, long accountId) {
        if (callerId == accountId) {
            return;
        }
        List<?> role = em.createNativeQuery("SELECT role FROM account WHERE id = ?1").setParameter(1, accountId)
                .getResultList();
        if (!role.isEmpty() && !Role.LEARNER.equals(role.get(0)) && !isAdmin(callerId)) {
            throw forbidden("Only an administrator sets another teacher's password");
        }
    }

    /** Whose classes bound a learner report: null for an administrator (every learner), else the caller. */
    public Long learnerReportOwner(long callerId) {
        return isAdmin(callerId) ? null : callerId;
    }

    /** Makes the account with this username an administrator (the first teacher, at start-up). */
    @Transactional
    public void makeAdmin(String username) {
        em.createNativeQuery("UPDATE account SET admin = true WHERE lower(username) = lower(?1)")
                .setParameter(1, username).executeUpdate();
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }
}
