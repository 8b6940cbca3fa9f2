package vn.civicsquiz.classes;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.teacher.stats.Rows;

/**
 * Who is in a teacher's class, and taking one out. A learner taken out keeps her account and every attempt (her
 * history and mastery are hers); she leaves the class's results and sees its assignments no more. She can join
 * again with the code.
 */
@ApplicationScoped
public class ClassMembers {

    @Schema(name = "ClassMember")
    public record Member(long accountId, String username, String displayName, OffsetDateTime joinedAt) {
    }

    private final EntityManager em;
    private final ClassService classes;
    private final ApiLanguage language;

    public ClassMembers(EntityManager em, ClassService classes, ApiLanguage language) {
        this.em = em;
        this.classes = classes;
        this.language = language;
    }

    /** The members in class-list order ({@link ClassListOrder}). @throws ProblemException 404 unless the class is this teacher's */
    @Transactional
    public List<Member> of(long classId, long teacherId) {
        classes.owned(classId, teacherId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.username, a.display_name, m.joined_at
                        FROM class_member m JOIN account a ON a.id = m.account_id
                        WHERE m.class_id = ?1""")
                .setParameter(1, classId).getResultList();
        return rows.stream().map(r -> new Member(Rows.asLong(r[0]), (String) r[1], (String) r[2],
                Rows.asTime(r[3]))).sorted(ClassListOrder.of(m -> m.displayName() == null ? m.username()
                : m.displayName(), Member::username)).toList();
    }

    /** @throws ProblemException 404 unless the class is this teacher's and the account one of its members */
    @Transactional
    public void remove(long classId, long accountId, long teacherId) {
        classes.owned(classId, teacherId);
        int removed = em.createNativeQuery("DELETE FROM class_member WHERE class_id = ?1 AND account_id = ?2")
                .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
        if (removed == 0) {
            throw new ProblemException.NotFound(new Say("Tài khoản " + accountId + " không ở trong lớp này",
                    "Account " + accountId + " is not a member of this class"));
        }
    }
}
