package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.AnswerInput;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.quiz.grading.AnswerReader;
import vn.civicsquiz.quiz.grading.Credit;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.ResponseCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.AnswerHistory;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Records answers. In practice the first answer at a position wins: a refresh, a double click or a replayed
 * request reads the stored answer back and changes nothing (the unique (attempt_id, position) key decides races).
 * In a test a different answer replaces the stored one until the test is submitted; the same answer again is a
 * replay.
 */
@ApplicationScoped
public class AnswerService {

    /** The stored answer and whether this call stored it or found it there already. */
    /** @param passages the facts the question tests with their passages, as read for a first answer; null for a replay */
    public record Outcome(QuizAttempt attempt, AttemptItem item, AttemptAnswer answer, boolean replayed,
                          List<Passage> passages) {
    }

    private final AttemptService attempts;
    private final EntityManager em;
    private final LearningRecord learning;

    public AnswerService(AttemptService attempts, EntityManager em, LearningRecord learning) {
        this.attempts = attempts;
        this.em = em;
        this.learning = learning;
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
            throw ProblemException.conflict(new Say("Lượt làm bài " + attemptId
                    + " đã nộp; không đổi được câu trả lời nữa", "Attempt " + attemptId
                    + " is finished; answers can no longer change"));
        }
        AttemptItem item = item(attemptId, position)
                .orElseThrow(() -> ProblemException.notFound(new Say("Vị trí " + position + " của lượt làm bài " + attemptId, "Position " + position + " of attempt " + attemptId)));
        AnswerReader.Graded graded = AnswerReader.grade(input, item.layout());
        boolean correct = graded.correct();
        Credit credit = graded.credit();
        OffsetDateTime now = attempts.now().truncatedTo(ChronoUnit.MICROS);
        String stored = ResponseCodec.write(graded.response());
        // a test's answer may change until it is submitted; in practice the first answer stays (its feedback was shown)
        String onConflict = attempt.feedbackAfterEachAnswer() ? "DO NOTHING" : """
                DO UPDATE SET response = excluded.response, correct = excluded.correct, credit = excluded.credit,
                  answered_at = excluded.answered_at
                WHERE attempt_answer.response IS DISTINCT FROM excluded.response""";
        List<?> inserted = em.createNativeQuery("""
                        INSERT INTO attempt_answer (attempt_id, position, question_id, response, correct, credit, answered_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?7, ?6) ON CONFLICT (attempt_id, position) """ + onConflict + """

                        RETURNING id, xmax = 0""")
                .setParameter(1, attemptId).setParameter(2, (short) position).setParameter(3, item.question.id)
                .setParameter(4, stored).setParameter(5, correct).setParameter(6, now)
                .setParameter(7, credit.value())
                .getResultList();
        if (inserted.isEmpty()) {
            AttemptAnswer first = AttemptAnswer.<AttemptAnswer>find("attemptId = ?1 and position = ?2",
                    attemptId, (short) position).singleResult();
            return new Outcome(attempt, item, first, true, null);
        }
        Object[] row = (Object[]) inserted.get(0);
        AttemptAnswer answer = AttemptAnswer.stored(((Number) row[0]).longValue(), attemptId, position,
                item.question.id, stored, credit, now);
        if (!attempt.feedbackAfterEachAnswer()) {
            // a test's answers join the learner's record when it is submitted (AttemptService.finish), as they
            // stand then: before that, nothing the learner can read may tell whether an answer is right
            return new Outcome(attempt, item, answer, false, null);
        }
        return new Outcome(attempt, item, answer, false, learning.record(learner, item.question.id, correct, now));
    }

    /**
     * The item with its question and options, in one statement, read-only: nothing here changes them, so the
     * commit's flush need not compare them with a snapshot.
     */
    public Optional<AttemptItem> item(long attemptId, int position) {
        return AttemptItem.<AttemptItem>find("""
                        select i from AttemptItem i join fetch i.question q left join fetch q.options
                        where i.attemptId = ?1 and i.position = ?2""", attemptId, (short) position)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .singleResultOptional(); // not firstResult: a row limit with a collection fetch is applied in memory
    }
}
