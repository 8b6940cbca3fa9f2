package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Whether learners have answered a question: any row of {@code attempt_answer} for it. */
@ApplicationScoped
public class QuestionUsage {

    private final EntityManager em;

    public QuestionUsage(EntityManager em) {
        this.em = em;
    }

    public boolean answered(long questionId) {
        return (Boolean) em.createNativeQuery(
                        "select exists (select 1 from attempt_answer where question_id = :id)")
                .setParameter("id", questionId)
                .getSingleResult();
    }
}
