package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.AnswerInput;
import vn.civicsquiz.quiz.grading.AnswerReader;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.ResponseCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Records answers. The first answer at a position wins: a refresh, a double click or a replayed request reads
 * the stored answer back and changes nothing (the unique (attempt_id, position) key decides races).
 */
@ApplicationScoped
public class AnswerService {

    /** The stored answer and whether this call stored it or found it there already. */
    /** @param passages the facts the question tests with their passages, as read for a first answer; null for a replay */
    public record Outcome(QuizAttempt attempt, AttemptItem item, AttemptAnswer answer, boolean replayed,
                          List<Passage> passages) {
    }

    private final AttemptService attempts;
    private final QuestionFacts facts;
    private final EntityManager em;
    private final Event<AnswerRecorded> recorded;

    public AnswerService(AttemptService attempts, QuestionFacts facts, EntityManager em, Event<AnswerRecorded> recorded) {
        this.attempts = attempts;
        this.facts = facts;
        this.em = em;
        this.recorded = recorded;
    }

    /**
     * @throws ProblemException 404 for another learner's attempt or a missing position, 409 once it is finished
     * @throws InvalidAnswer    when the answer does not fit the question
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Outcome answer(LearnerRef learner, long attemptId, int position, LearnerResponse clientResponse) {
        return answer(learner, attemptId, position, AnswerInput.of(clientResponse));
    }

    /**
     * @param input what the client sent, in client ids (see {@link vn.civicsquiz.quiz.grading.ItemLayout})
     * @throws ProblemException 404 for another learner's attempt or a missing position, 409 once it is finished
     * @throws InvalidAnswer    when the answer does not fit the question
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Outcome answer(LearnerRef learner, long attemptId, int position, AnswerInput input) {
        QuizAttempt attempt = attempts.loadForUpdate(learner, attemptId);
        if (attempt.finished()) {
            throw ProblemException.conflict("Attempt " + attemptId + " is finished; answers can no longer change");
        }
        AttemptItem item = item(attemptId, position)
                .orElseThrow(() -> ProblemException.notFound("Position " + position + " of attempt " + attemptId));
        AnswerReader.Graded graded = AnswerReader.grade(input, item.layout());
        boolean correct = graded.correct();
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        String stored = ResponseCodec.write(graded.response());
        List<?> inserted = em.createNativeQuery("""
                        INSERT INTO attempt_answer (attempt_id, position, question_id, response, correct, answered_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (attempt_id, position) DO NOTHING
                        RETURNING id""")
                .setParameter(1, attemptId).setParameter(2, (short) position).setParameter(3, item.question.id)
                .setParameter(4, stored).setParameter(5, correct).setParameter(6, now)
                .getResultList();
        if (inserted.isEmpty()) {
            AttemptAnswer first = AttemptAnswer.<AttemptAnswer>find("attemptId = ?1 and position = ?2",
                    attemptId, (short) position).singleResult();
            return new Outcome(attempt, item, first, true, null);
        }
        List<Passage> passages = facts.passages(item.question.id);
        List<String> factIds = passages.stream().map(Passage::factId).toList();
        remember(learner, item.question.id, factIds, correct, now);
        recorded.fire(new AnswerRecorded(learner.accountId(), learner.guestIdText(), item.question.id, factIds,
                correct, now.toInstant()));
        AttemptAnswer answer = AttemptAnswer.stored(((Number) inserted.get(0)).longValue(), attemptId, position,
                item.question.id, stored, correct, now);
        return new Outcome(attempt, item, answer, false, passages);
    }

    /** The item with its question and options, in one statement. */
    public Optional<AttemptItem> item(long attemptId, int position) {
        return AttemptItem.<AttemptItem>find("""
                        select i from AttemptItem i join fetch i.question q left join fetch q.options
                        where i.attemptId = ?1 and i.position = ?2""", attemptId, (short) position)
                .singleResultOptional(); // not firstResult: a row limit with a collection fetch is applied in memory
    }

    /** The question's and each of its facts' totals and last results, in one statement. */
    private void remember(LearnerRef learner, long questionId, List<String> factIds, boolean correct,
                          OffsetDateTime at) {
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
                          last_results = left(excluded.last_results || f.last_results, 10),
                          last_answered_at = excluded.last_answered_at""")
                .setParameter(1, learner.learnerId()).setParameter(2, questionId)
                .setParameter(3, correct ? 1 : 0).setParameter(4, correct ? 0 : 1)
                .setParameter(5, correct).setParameter(6, at)
                .setParameter(7, factIds.toArray(String[]::new)).setParameter(8, correct ? "1" : "0")
                .executeUpdate();
    }
}
