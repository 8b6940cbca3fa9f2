package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether learners have met a question: answered it (any row of {@code attempt_answer}) or been given it in a
 * quiz (any row of {@code attempt_item}, answered or not). Both read an index on question_id.
 */
@ApplicationScoped
public class QuestionUsage {

    private final EntityManager em;

    public QuestionUsage(EntityManager em) {
        this.em = em;
    }

    public boolean answered(long questionId) {
        return exists("select exists (select 1 from attempt_answer where question_id = :id)", questionId);
    }

    /** The questions among {@code questionIds} that have answers, in one query. */
    public Set<Long> answeredAmong(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("""
                        select q.id from unnest(cast(:ids as bigint[])) as q(id)
                        where exists (select 1 from attempt_answer a where a.question_id = q.id)""")
                .setParameter("ids", questionIds.toArray(Long[]::new)).getResultList();
        Set<Long> answered = new HashSet<>();
        rows.forEach(id -> answered.add(((Number) id).longValue()));
        return answered;
    }

    /** Whether any quiz, finished or not, holds the question; such a question can only be retired, not deleted. */
    public boolean inAttempts(long questionId) {
        return exists("select exists (select 1 from attempt_item where question_id = :id)", questionId);
    }

    private boolean exists(String sql, long questionId) {
        return (Boolean) em.createNativeQuery(sql).setParameter("id", questionId).getSingleResult();
    }
}
