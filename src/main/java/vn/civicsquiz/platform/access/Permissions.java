package vn.civicsquiz.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.ProblemException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules beyond "is a teacher" (which {@code @RolesAllowed} checks), in one place: only an administrator creates
 * teacher accounts and sets another teacher's password; a teacher who is not one sees and manages only the learners
 * they created and those of their own classes. Administrators are accounts with {@code account.admin}; the first teacher is one.
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
            throw forbidden(new Say("Chỉ quản trị viên tạo tài khoản giáo viên",
                    "Only an administrator creates teacher accounts"));
        }
    }

    /**
     * @throws ProblemException 403 unless the caller is an administrator, the account is the caller's own, or it is a
     *                          learner the caller manages (created by them or a member of one of their classes)
     */
    @Transactional
    public void mayResetPassword(long callerId, long accountId) {
        if (callerId == accountId || isAdmin(callerId)) {
            return;
        }
        List<?> role = em.createNativeQuery("SELECT role FROM account WHERE id = ?1").setParameter(1, accountId)
                .getResultList();
        if (role.isEmpty()) {
            return; // no such account: the caller gets the same 404 an administrator would
        }
        if (!Role.LEARNER.equals(role.get(0))) {
            throw forbidden(new Say("Chỉ quản trị viên đặt mật khẩu của giáo viên khác",
                    "Only an administrator sets another teacher's password"));
        }
        if (!managedLearners(callerId).contains(accountId)) {
            throw forbidden(new Say("Bạn chỉ được đặt mật khẩu của học viên do bạn tạo hoặc ở trong lớp của bạn",
                    "You may set the password of learners you created or who are in your classes only"));
        }
    }

    /** Whose accounts a teacher may list: null for an administrator (all), else the caller's own and managed ids. */
    @Transactional
    public Set<Long> visibleAccounts(long callerId) {
        if (isAdmin(callerId)) {
            return null;
        }
        Set<Long> ids = new HashSet<>(managedLearners(callerId));
        ids.add(callerId);
        return ids;
    }

    private Set<Long> managedLearners(long teacherId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT a.id FROM account a WHERE a.role = 'learner' AND a.created_by = ?1
                        UNION
                        SELECT m.account_id FROM class_member m JOIN school_class c ON c.id = m.class_id
                        WHERE c.teacher_id = ?1""").setParameter(1, teacherId).getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    /** Records which teacher created an account through the API. */
    @Transactional
    public void recordCreator(long accountId, long creatorId) {
        em.createNativeQuery("UPDATE account SET created_by = ?2 WHERE id = ?1").setParameter(1, accountId)
                .setParameter(2, creatorId).executeUpdate();
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

    private static ProblemException forbidden(Say detail) {
        return ProblemException.notPermitted(detail);
    }
}
