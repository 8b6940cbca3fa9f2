package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.AnswerHistory;
import vn.civicsquiz.learner.LearnerRef;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * When an answer becomes part of what a learner knows: a practice answer at once (its feedback is shown), a test's
 * answers when the test is submitted (until then they may change and nothing may tell whether they are right).
 * Then it joins the learner's history and per-fact mastery, and the study schedule hears of it.
 */
@ApplicationScoped
public class LearningRecord {

    private final QuestionFacts facts;
    private final AnswerHistory history;
    private final Event<AnswerRecorded> recorded;
    private final EntityManager em;

    public LearningRecord(QuestionFacts facts, AnswerHistory history, Event<AnswerRecorded> recorded,
                          EntityManager em) {
        this.facts = facts;
        this.history = history;
        this.recorded = recorded;
        this.em = em;
    }

    /** Records one judged answer of a question that tests the facts named. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(LearnerRef learner, long questionId, List<String> factIds, boolean correct,
                       OffsetDateTime at) {
        history.remember(learner.learnerId(), questionId, factIds, correct, at);
        recorded.fire(new AnswerRecorded(learner.accountId(), learner.guestIdText(), questionId, factIds, correct,
                at.toInstant()));
    }

    /** Records the answers of a submitted test as they stand at submission, in order of position. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSubmitted(LearnerRef learner, long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> answers = em.createNativeQuery("""
                        SELECT question_id, correct, answered_at FROM attempt_answer WHERE attempt_id = ?1
                        ORDER BY position""")
                .setParameter(1, attemptId).getResultList();
        for (Object[] answer : answers) {
            long questionId = ((Number) answer[0]).longValue();
            record(learner, questionId, facts.of(questionId), (Boolean) answer[1], asOffset(answer[2]));
        }
    }

    private static OffsetDateTime asOffset(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
