package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.AnswerInput;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.quiz.grading.AnswerReader;
import vn.civicsquiz.quiz.grading.Credit;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.ResponseCodec;
import jakarta.enterprise.context.ApplicationScoped;
import io.agroal.api.AgroalDataSource;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.quiz.grading.ItemLayout;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.db.PlainStatements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * The stored answer and whether this call stored it or found it there already.
     *
     * @param passages the passages of the facts the question tests (the feedback quotes them)
     */
    public record Outcome(QuizAttempt attempt, AttemptItem item, AttemptAnswer answer, boolean replayed,
                          List<Passage> passages) {
    }

    private final AttemptService attempts;
    private final AttemptPositions positions;
    private final AgroalDataSource dataSource;
    private final LearningRecord learning;

    public AnswerService(AttemptService attempts, AttemptPositions positions, AgroalDataSource dataSource,
                         LearningRecord learning) {
        this.attempts = attempts;
        this.positions = positions;
        this.dataSource = dataSource;
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
     * In plain SQL (an answer is the hottest write): the attempt's row locked with its item and the question's
     * version, the answer inserted, the learner's record updated; the question and its key come from memory.
     *
     * @param input what the client sent, in client ids (see {@link vn.civicsquiz.quiz.grading.ItemLayout})
     * @throws ProblemException 404 for another learner's attempt or a missing position, 409 once it is finished
     * @throws InvalidAnswer    when the answer does not fit the question
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Outcome answer(LearnerRef learner, long attemptId, int position, AnswerInput input) {
        AttemptPositions.AttemptPosition read = positions.lock(learner, attemptId, position);
        QuizAttempt attempt = read.attempt();
        if (attempt.finished()) {
            throw ProblemException.conflict(new Say("Lượt làm bài " + attemptId
                    + " đã nộp; không đổi được câu trả lời nữa", "Attempt " + attemptId
                    + " is finished; answers can no longer change"));
        }
        AttemptItem item = read.requireItem(position);
        AnswerReader.Graded graded = AnswerReader.grade(input,
                new ItemLayout(read.asked().key(), item.optionIds(), item.choiceIds()));
        List<Passage> passages = read.asked().passages();
        if (read.answer() != null && attempt.feedbackAfterEachAnswer()) {
            return new Outcome(attempt, item, read.answer(), true, passages); // in practice the first answer stays
        }
        boolean correct = graded.correct();
        Credit credit = graded.credit();
        OffsetDateTime now = attempts.now().truncatedTo(ChronoUnit.MICROS);
        String stored = ResponseCodec.write(graded.response());
        long questionId = item.question.id;
        Optional<Long> inserted = insert(attempt, position, questionId, stored, correct, credit, now);
        if (inserted.isEmpty()) {
            return new Outcome(attempt, item, stored(attemptId, position), true, passages);
        }
        AttemptAnswer answer = AttemptAnswer.stored(inserted.get(), attemptId, position, questionId, stored, credit,
                now);
        if (attempt.feedbackAfterEachAnswer()) {
            // a test's answers join the learner's record when it is submitted (AttemptService.finish), as they
            // stand then: before that, nothing the learner can read may tell whether an answer is right
            learning.record(learner, questionId, passages.stream().map(Passage::factId).toList(), correct, now);
        }
        return new Outcome(attempt, item, answer, false, passages);
    }

    /**
     * Stores the answer unless one is there (the unique (attempt_id, position) key decides races): in practice the
     * first answer stays; a test's answer is replaced by a different one. Empty when nothing was written.
     */
    private Optional<Long> insert(QuizAttempt attempt, int position, long questionId, String response,
                                  boolean correct, Credit credit, OffsetDateTime at) {
        String onConflict = attempt.feedbackAfterEachAnswer() ? "DO NOTHING" : """
                DO UPDATE SET response = excluded.response, correct = excluded.correct, credit = excluded.credit,
                  answered_at = excluded.answered_at
                WHERE attempt_answer.response IS DISTINCT FROM excluded.response""";
        String sql = """
                INSERT INTO attempt_answer (attempt_id, position, question_id, response, correct, credit, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, position) """ + onConflict + " RETURNING id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = PlainStatements.prepare(c, sql)) {
            s.setLong(1, attempt.id);
            s.setShort(2, (short) position);
            s.setLong(3, questionId);
            s.setString(4, response);
            s.setBoolean(5, correct);
            s.setBigDecimal(6, credit.value());
            s.setObject(7, at);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing an answer of attempt " + attempt.id, e);
        }
    }

    /** The answer stored at a position (read after the insert found one, so in a snapshot that sees it). */
    private AttemptAnswer stored(long attemptId, int position) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = PlainStatements.prepare(c, """
                SELECT id, question_id, response, correct, credit, answered_at FROM attempt_answer
                WHERE attempt_id = ? AND position = ?""")) {
            s.setLong(1, attemptId);
            s.setShort(2, (short) position);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return AttemptAnswer.read(r.getLong(1), attemptId, position, r.getLong(2), r.getString(3),
                        r.getBoolean(4), r.getBigDecimal(5), r.getObject(6, OffsetDateTime.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading an answer of attempt " + attemptId, e);
        }
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
