package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Whether learners have answered a question. Answers live in the quiz tables ({@code attempt_answer}); a
 * database without them (the quiz feature not installed) has no answers at all.
 */
@ApplicationScoped
public class QuestionUsage {

    private final EntityManager em;

    public QuestionUsage(EntityManager em) {
        this.em = em;
    }

    public boolean answered(long questionId) {
        if (!DatabaseTables.exists(em, "attempt_answer")) {
            return false;
        }
        return (Boolean) em.createNativeQuery(
                        "select exists (select 1 from attempt_answer where question_id = :id)")
                .setParameter("id", questionId)
                .getSingleResult();
    }
}
