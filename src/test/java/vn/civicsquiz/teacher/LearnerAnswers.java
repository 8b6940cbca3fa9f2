package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Records, straight in the quiz tables, that a guest learner answered a question. */
@ApplicationScoped
public class LearnerAnswers {

    private final EntityManager em;

    public LearnerAnswers(EntityManager em) {
        this.em = em;
    }

    /** A guest answered the question (rightly) in a one-question quiz. */
    @Transactional
    public void answer(long questionId, String topic) {
        long attempt = give(questionId, topic);
        em.createNativeQuery("""
                        insert into attempt_answer (attempt_id, position, question_id, response, correct, credit, answered_at)
                        values (:attempt, 1, :question, '[]', true, 1, now())""")
                .setParameter("attempt", attempt).setParameter("question", questionId).executeUpdate();
    }

    /** A guest was given the question in a one-question quiz and has not answered yet; returns the attempt. */
    @Transactional
    public long give(long questionId, String topic) {
        Number learner = (Number) em.createNativeQuery(
                        "insert into learner (guest_id, guest_token_hash) values (:guest, :hash) returning id")
                .setParameter("guest", UUID.randomUUID())
                .setParameter("hash", UUID.randomUUID().toString().replace("-", ""))
                .getSingleResult();
        Number attempt = (Number) em.createNativeQuery("""
                        insert into quiz_attempt (learner_id, topic, mode, size, started_at)
                        values (:learner, :topic, 'practice', 1, now()) returning id""")
                .setParameter("learner", learner.longValue()).setParameter("topic", topic).getSingleResult();
        em.createNativeQuery("""
                        insert into attempt_item (attempt_id, position, question_id, option_order, choice_order)
                        values (:attempt, 1, :question, '{}', '{}')""")
                .setParameter("attempt", attempt.longValue()).setParameter("question", questionId).executeUpdate();
        return attempt.longValue();
    }
}
