package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The learner's model of what they know: each graded answer, from a quiz or from the quiz-style study review,
 * adds to the totals and last result of its question ({@code learner_question}) and of every fact the question
 * tests ({@code learner_fact}), from which the dashboard reads mastery by fact group and the weakest facts.
 * The one place that rule lives.
 */
@ApplicationScoped
public class AnswerHistory {

    static final int KEPT_RESULTS = 10;

    private final EntityManager em;

    public AnswerHistory(EntityManager em) {
        this.em = em;
    }

    /** Records one answer, in one statement, inside the caller's transaction (the answer is stored with it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(long learnerId, long questionId, List<String> factIds, boolean correct, OffsetDateTime at) {
        em.createNativeQuery("""
                        WITH q AS (
                          INSERT INTO learner_question AS t
                            (learner_id, question_id, correct_count, wrong_count, last_correct, last_answered_at)
                          VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                          ON CONFLICT (learner_id, question_id) DO UPDATE SET
                            correct_count = t.correct_count + excluded.correct_count,
                            wrong_count = t.wrong_count + excluded.wrong_count,
                            last_correct = excluded.last_correct,
                            last_answered_at = excluded.last_answered_at
                          RETURNING 1)
                        INSERT INTO learner_fact AS f
                          (learner_id, fact_id, correct_count, wrong_count, last_correct, last_results, last_answered_at)
                        SELECT ?1, fact_id, ?3, ?4, ?5, ?8, ?6 FROM unnest(CAST(?7 AS varchar[])) fact_id
                        ON CONFLICT (learner_id, fact_id) DO UPDATE SET
                          correct_count = f.correct_count + excluded.correct_count,
                          wrong_count = f.wrong_count + excluded.wrong_count,
                          last_correct = excluded.last_correct,
                          last_results = left(excluded.last_results || f.last_results, ?9),
                          last_answered_at = excluded.last_answered_at""")
                .setParameter(1, learnerId).setParameter(2, questionId)
                .setParameter(3, correct ? 1 : 0).setParameter(4, correct ? 0 : 1)
                .setParameter(5, correct).setParameter(6, at)
                .setParameter(7, factIds.toArray(String[]::new)).setParameter(8, correct ? "1" : "0")
                .setParameter(9, KEPT_RESULTS)
                .executeUpdate();
    }
}
