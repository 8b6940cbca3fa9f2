package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import io.agroal.api.AgroalDataSource;
import jakarta.transaction.Transactional;

import vn.civicsquiz.platform.db.PlainStatements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    private final AgroalDataSource dataSource;

    public AnswerHistory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records one answer, in one plain SQL statement (it is part of every practice answer), inside the caller's
     * transaction (the answer is stored with it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(long learnerId, long questionId, List<String> factIds, boolean correct, OffsetDateTime at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = PlainStatements.prepare(c, """
                        WITH q AS (
                          INSERT INTO learner_question AS t
                            (learner_id, question_id, correct_count, wrong_count, last_correct, last_answered_at)
                          VALUES (?, ?, ?, ?, ?, ?)
                          ON CONFLICT (learner_id, question_id) DO UPDATE SET
                            correct_count = t.correct_count + excluded.correct_count,
                            wrong_count = t.wrong_count + excluded.wrong_count,
                            last_correct = excluded.last_correct,
                            last_answered_at = excluded.last_answered_at
                          RETURNING 1)
                        INSERT INTO learner_fact AS f
                          (learner_id, fact_id, correct_count, wrong_count, last_correct, last_results, last_answered_at)
                        SELECT ?, fact_id, ?, ?, ?, ?, ? FROM unnest(CAST(? AS varchar[])) fact_id
                        ON CONFLICT (learner_id, fact_id) DO UPDATE SET
                          correct_count = f.correct_count + excluded.correct_count,
                          wrong_count = f.wrong_count + excluded.wrong_count,
                          last_correct = excluded.last_correct,
                          last_results = left(excluded.last_results || f.last_results, ?),
                          last_answered_at = excluded.last_answered_at""")) {
            s.setLong(1, learnerId);
            s.setLong(2, questionId);
            s.setInt(3, correct ? 1 : 0);
            s.setInt(4, correct ? 0 : 1);
            s.setBoolean(5, correct);
            s.setObject(6, at);
            s.setLong(7, learnerId);
            s.setInt(8, correct ? 1 : 0);
            s.setInt(9, correct ? 0 : 1);
            s.setBoolean(10, correct);
            s.setString(11, correct ? "1" : "0");
            s.setObject(12, at);
            s.setArray(13, c.createArrayOf("varchar", factIds.toArray()));
            s.setInt(14, KEPT_RESULTS);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording an answer of learner " + learnerId, e);
        }
    }
}
