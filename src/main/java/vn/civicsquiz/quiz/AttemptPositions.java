package vn.civicsquiz.quiz;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.problem.Say;

import java.sql.Array;
import vn.civicsquiz.platform.db.PlainStatements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hot read of a quiz: one attempt with one of its positions, in one plain SQL statement and without managed
 * entities (a question page and an answer spend most of their time otherwise in loading entities): the attempt, the
 * item at the position with its question's version (the question itself comes from {@link AskedQuestions}), the
 * answered positions and the answer at this one. The instances returned are not managed: nothing written to them
 * is stored.
 */
@ApplicationScoped
public class AttemptPositions {

    /**
     * @param item     null when the attempt has no such position
     * @param answer   the stored answer at the position, or null
     * @param answered the answered positions, in order
     */
    public record AttemptPosition(QuizAttempt attempt, AttemptItem item, AttemptAnswer answer, List<Short> answered,
                                  AskedQuestions.Asked asked) {

        /** The item, or 404 when the attempt has no such position. */
        public AttemptItem requireItem(int position) {
            if (item == null) {
                throw noSuchPosition(attempt.id, position);
            }
            return item;
        }
    }

    public static ProblemException noSuchPosition(long attemptId, int position) {
        return ProblemException.notFound(new Say("Vị trí " + position + " của lượt làm bài " + attemptId,
                "Position " + position + " of attempt " + attemptId));
    }

    private static final String READ = """
            SELECT a.learner_id, a.topic, a.mode, a.review, a.size, a.time_limit_seconds, a.started_at, a.finished_at,
                   a.score, a.assignment_id, a.version,
                   i.question_id, i.option_order, i.choice_order, q.version,
                   s.id, s.response, s.correct, s.credit, s.answered_at,
                   ARRAY(SELECT p.position FROM attempt_answer p WHERE p.attempt_id = a.id ORDER BY p.position)
            FROM quiz_attempt a
            LEFT JOIN attempt_item i ON i.attempt_id = a.id AND i.position = ?
            LEFT JOIN question q ON q.id = i.question_id
            LEFT JOIN attempt_answer s ON s.attempt_id = a.id AND s.position = ?
            WHERE a.id = ?""";

    private final AgroalDataSource dataSource;
    private final AskedQuestions questions;
    private final AttemptService attempts;

    public AttemptPositions(AgroalDataSource dataSource, AskedQuestions questions, AttemptService attempts) {
        this.dataSource = dataSource;
        this.questions = questions;
        this.attempts = attempts;
    }

    /**
     * The learner's attempt at a position, read as it stands, in one statement of its own (a page: no transaction
     * needed). An attempt past its time limit is finished first (as {@link AttemptService#load} does), so a caller
     * finds it finished.
     *
     * @throws ProblemException 404 when the attempt is not this learner's
     */
    public AttemptPosition read(vn.civicsquiz.learner.LearnerRef learner, long attemptId, int position) {
        return read(learner, attemptId, position, false);
    }

    /**
     * The same, with the attempt's row held until the caller's transaction ends: answers to one attempt are taken
     * one at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AttemptPosition lock(vn.civicsquiz.learner.LearnerRef learner, long attemptId, int position) {
        return read(learner, attemptId, position, true);
    }

    private AttemptPosition read(vn.civicsquiz.learner.LearnerRef learner, long attemptId, int position, boolean lock) {
        AttemptPosition read = select(attemptId, position, lock)
                .filter(p -> p.attempt().learnerId.equals(learner.learnerId()))
                .orElseThrow(() -> ProblemException.notFound(new Say("Lượt làm bài " + attemptId,
                        "Attempt " + attemptId)));
        if (read.attempt().overdue(attempts.now())) {
            if (lock) { // finishes it, with the rule kept in one place
                attempts.loadForUpdate(learner, attemptId);
            } else {
                attempts.load(learner, attemptId);
            }
            return select(attemptId, position, lock).orElseThrow();
        }
        return read;
    }

    private Optional<AttemptPosition> select(long attemptId, int position, boolean lock) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = PlainStatements.prepare(c, lock ? READ + " FOR UPDATE OF a" : READ)) {
            s.setShort(1, (short) position);
            s.setShort(2, (short) position);
            s.setLong(3, attemptId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r, attemptId, position)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading attempt " + attemptId, e);
        }
    }

    private AttemptPosition row(ResultSet r, long attemptId, int position) throws SQLException {
        QuizAttempt attempt = new QuizAttempt();
        attempt.id = attemptId;
        attempt.learnerId = r.getLong(1);
        attempt.topic = r.getString(2);
        attempt.mode = QuizMode.valueOf(r.getString(3));
        attempt.review = r.getBoolean(4);
        attempt.size = r.getShort(5);
        int limit = r.getInt(6);
        attempt.timeLimitSeconds = r.wasNull() ? null : limit;
        attempt.startedAt = r.getObject(7, OffsetDateTime.class);
        attempt.finishedAt = r.getObject(8, OffsetDateTime.class);
        attempt.score = r.getBigDecimal(9);
        long assignment = r.getLong(10);
        attempt.assignmentId = r.wasNull() ? null : assignment;
        attempt.version = r.getInt(11);
        AttemptItem item = null;
        AskedQuestions.Asked asked = null;
        long questionId = r.getLong(12);
        if (!r.wasNull()) {
            asked = questions.get(questionId, r.getInt(15));
            item = AttemptItem.read(attemptId, (short) position, asked.question(), longs(r.getArray(13)),
                    longs(r.getArray(14)));
        }
        AttemptAnswer answer = null;
        long answerId = r.getLong(16);
        if (!r.wasNull()) {
            answer = AttemptAnswer.read(answerId, attemptId, position, questionId, r.getString(17),
                    r.getBoolean(18), r.getBigDecimal(19), r.getObject(20, OffsetDateTime.class));
        }
        return new AttemptPosition(attempt, item, answer, shorts(r.getArray(21)), asked);
    }

    private static Long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        Long[] longs = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = ((Number) values[i]).longValue();
        }
        return longs;
    }

    private static List<Short> shorts(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<Short> shorts = new ArrayList<>(values.length);
        for (Object value : values) {
            shorts.add(((Number) value).shortValue());
        }
        return shorts;
    }
}
